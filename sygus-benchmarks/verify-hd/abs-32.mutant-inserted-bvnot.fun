; PROBLEM: abs-32.sl
; EXPECT: counterexample
; MUTATED: 5:10 inserted-bvnot
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  (bvsub (bvnot (bvxor x (bvashr x #x0000001f))) (bvashr x #x0000001f)))
