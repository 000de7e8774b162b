; PROBLEM: times-ten-32.sl
; EXPECT: counterexample
; MUTATED: 5:31 operand-swap
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  (bvadd (bvshl x #x00000003) (bvshl #x00000001 x)))
