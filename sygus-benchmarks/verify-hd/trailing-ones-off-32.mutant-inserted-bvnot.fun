; PROBLEM: trailing-ones-off-32.sl
; EXPECT: counterexample
; MUTATED: 5:19 inserted-bvnot
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  (bvand x (bvadd (bvnot x) #x00000001)))
