; PROBLEM: abs-32.sl
; EXPECT: counterexample
; MUTATED: 5:42 operand-swap
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  (bvsub (bvxor x (bvashr x #x0000001f)) (bvashr #x0000001f x)))
