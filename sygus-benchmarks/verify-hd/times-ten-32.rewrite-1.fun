; PROBLEM: times-ten-32.sl
; EXPECT: proved
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  (bvshl (bvadd (bvshl x #x00000002) x) #x00000001))
