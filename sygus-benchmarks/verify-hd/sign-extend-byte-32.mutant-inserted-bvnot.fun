; PROBLEM: sign-extend-byte-32.sl
; EXPECT: counterexample
; MUTATED: 5:10 inserted-bvnot
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  (bvsub (bvnot (bvxor (bvand x #x000000ff) #x00000080)) #x00000080))
