; PROBLEM: times-ten-32.sl
; EXPECT: proved
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  (bvadd (bvshl x #x00000003) (bvshl x #x00000001)))
