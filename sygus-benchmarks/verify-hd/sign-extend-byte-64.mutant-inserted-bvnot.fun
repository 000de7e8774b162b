; PROBLEM: sign-extend-byte-64.sl
; EXPECT: counterexample
; MUTATED: 5:26 inserted-bvnot
(define-fun f ((x (_ BitVec 64))) (_ BitVec 64)
  (bvsub (bvxor (bvand x (bvnot #x00000000000000ff)) #x0000000000000080) #x0000000000000080))
