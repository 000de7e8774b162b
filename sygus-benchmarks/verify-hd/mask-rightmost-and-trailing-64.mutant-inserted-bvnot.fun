; PROBLEM: mask-rightmost-and-trailing-64.sl
; EXPECT: counterexample
; MUTATED: 5:21 inserted-bvnot
(define-fun f ((x (_ BitVec 64))) (_ BitVec 64)
  (bvxor x (bvsub x (bvnot #x0000000000000001))))
