; PROBLEM: times-ten-64.sl
; EXPECT: proved-or-unknown
(define-fun f ((x (_ BitVec 64))) (_ BitVec 64)
  (bvshl (bvadd (bvshl x #x0000000000000002) x) #x0000000000000001))
