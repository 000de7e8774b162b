; PROBLEM: abs-64.sl
; EXPECT: counterexample
; MUTATED: 5:3 inserted-bvnot
(define-fun f ((x (_ BitVec 64))) (_ BitVec 64)
  (bvnot (bvsub (bvxor x (bvashr x #x000000000000003f)) (bvashr x #x000000000000003f))))
