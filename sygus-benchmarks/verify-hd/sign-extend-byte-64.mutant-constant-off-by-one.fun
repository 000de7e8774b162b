; PROBLEM: sign-extend-byte-64.sl
; EXPECT: counterexample
; MUTATED: 5:26 constant-off-by-one
(define-fun f ((x (_ BitVec 64))) (_ BitVec 64)
  (bvsub (bvxor (bvand x #x0000000000000100) #x0000000000000080) #x0000000000000080))
