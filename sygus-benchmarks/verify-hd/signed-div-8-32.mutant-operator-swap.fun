; PROBLEM: signed-div-8-32.sl
; EXPECT: counterexample
; MUTATED: 5:20 operator-swap
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  (bvashr (bvadd x (bvashr (bvashr x #x0000001f) #x0000001d)) #x00000003))
