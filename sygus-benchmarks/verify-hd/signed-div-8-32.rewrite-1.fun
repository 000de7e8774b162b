; PROBLEM: signed-div-8-32.sl
; EXPECT: proved
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  (bvashr (bvadd x (bvand (bvashr x #x0000001f) #x00000007)) #x00000003))
