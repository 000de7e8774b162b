; PROBLEM: rotate-left-5-32.sl
; EXPECT: proved
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  (bvor (bvshl x #x00000005) (bvlshr x #x0000001b)))
