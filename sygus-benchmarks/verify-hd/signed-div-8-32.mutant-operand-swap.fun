; PROBLEM: signed-div-8-32.sl
; EXPECT: counterexample
; MUTATED: 5:28 operand-swap
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  (bvashr (bvadd x (bvlshr (bvashr #x0000001f x) #x0000001d)) #x00000003))
