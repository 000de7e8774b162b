; PROBLEM: signed-div-8-32.sl
; EXPECT: proved
; MUTATED: 5:38 inserted-bvnot
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  (bvashr (bvadd x (bvlshr (bvashr x (bvnot #x0000001f)) #x0000001d)) #x00000003))
