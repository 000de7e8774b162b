; PROBLEM: abs-64.sl
; EXPECT: counterexample
; MUTATED: 5:29 constant-off-by-one
(define-fun f ((x (_ BitVec 64))) (_ BitVec 64)
  (bvsub (bvxor x (bvashr x #x000000000000003e)) (bvashr x #x000000000000003f)))
