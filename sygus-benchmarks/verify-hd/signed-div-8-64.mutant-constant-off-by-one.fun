; PROBLEM: signed-div-8-64.sl
; EXPECT: proved-or-unknown
; MUTATED: 5:38 constant-off-by-one
(define-fun f ((x (_ BitVec 64))) (_ BitVec 64)
  (bvashr (bvadd x (bvlshr (bvashr x #x000000000000003e) #x000000000000003d)) #x0000000000000003))
