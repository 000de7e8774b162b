; PROBLEM: signed-div-8-64.sl
; EXPECT: counterexample
; MUTATED: 5:36 inserted-bvnot
(define-fun f ((x (_ BitVec 64))) (_ BitVec 64)
  (bvashr (bvadd x (bvlshr (bvashr (bvnot x) #x000000000000003f) #x000000000000003d)) #x0000000000000003))
