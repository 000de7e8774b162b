; PROBLEM: abs-64.sl
; EXPECT: counterexample
; MUTATED: 5:3 operand-swap
(define-fun f ((x (_ BitVec 64))) (_ BitVec 64)
  (bvsub (bvashr x #x000000000000003f) (bvxor x (bvashr x #x000000000000003f))))
