; PROBLEM: difference-or-zero-32.sl
; EXPECT: proved
(define-fun f ((x (_ BitVec 32)) (y (_ BitVec 32))) (_ BitVec 32)
  (ite (bvult x y) #x00000000 (bvsub x y)))
