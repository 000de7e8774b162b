; PROBLEM: rotate-left-5-32.sl
; EXPECT: counterexample
; MUTATED: 5:30 operand-swap
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  (bvor (bvshl x #x00000005) (bvlshr #x0000001b x)))
