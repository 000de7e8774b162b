; PROBLEM: signed-div-8-64.sl
; EXPECT: proved-or-unknown
(define-fun f ((x (_ BitVec 64))) (_ BitVec 64)
  (bvashr (bvadd x (bvand (bvashr x #x000000000000003f) #x0000000000000007)) #x0000000000000003))
