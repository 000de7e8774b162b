; PROBLEM: signed-div-8-64.sl
; EXPECT: counterexample
; MUTATED: 5:3 operand-swap
(define-fun f ((x (_ BitVec 64))) (_ BitVec 64)
  (bvashr #x0000000000000003 (bvadd x (bvlshr (bvashr x #x000000000000003f) #x000000000000003d))))
