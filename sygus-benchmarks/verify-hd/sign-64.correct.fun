; PROBLEM: sign-64.sl
; EXPECT: proved
(define-fun f ((x (_ BitVec 64))) (_ BitVec 64)
  (bvor (bvashr x #x000000000000003f) (bvlshr (bvneg x) #x000000000000003f)))
