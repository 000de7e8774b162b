; PROBLEM: max-unsigned-32.sl
; EXPECT: proved
(define-fun f ((x (_ BitVec 32)) (y (_ BitVec 32))) (_ BitVec 32)
  (ite (bvult x y) y x))
