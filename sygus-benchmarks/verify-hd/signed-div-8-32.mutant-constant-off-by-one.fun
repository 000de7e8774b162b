; PROBLEM: signed-div-8-32.sl
; EXPECT: counterexample
; MUTATED: 5:50 constant-off-by-one
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  (bvashr (bvadd x (bvlshr (bvashr x #x0000001f) #x0000001e)) #x00000003))
