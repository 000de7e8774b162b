; PROBLEM: sign-32.sl
; EXPECT: proved
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  (bvor (bvashr x #x0000001f) (bvlshr (bvneg x) #x0000001f)))
