; PROBLEM: mask-rightmost-and-trailing-32.sl
; EXPECT: counterexample
; MUTATED: 5:3 inserted-bvnot
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  (bvnot (bvxor x (bvsub x #x00000001))))
