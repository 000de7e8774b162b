; PROBLEM: sign-extend-byte-32.sl
; EXPECT: counterexample
; MUTATED: 5:26 constant-off-by-one
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  (bvsub (bvxor (bvand x #x00000100) #x00000080) #x00000080))
