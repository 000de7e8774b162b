; PROBLEM: signed-div-8-32.sl
; EXPECT: proved
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  (bvashr (bvadd x (bvlshr (bvashr x #x0000001f) #x0000001d)) #x00000003))
