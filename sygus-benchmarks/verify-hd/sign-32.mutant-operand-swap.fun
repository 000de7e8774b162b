; PROBLEM: sign-32.sl
; EXPECT: counterexample
; MUTATED: 5:31 operand-swap
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  (bvor (bvashr x #x0000001f) (bvlshr #x0000001f (bvneg x))))
