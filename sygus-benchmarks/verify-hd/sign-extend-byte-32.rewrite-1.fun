; PROBLEM: sign-extend-byte-32.sl
; EXPECT: proved
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  (bvashr (bvshl x #x00000018) #x00000018))
