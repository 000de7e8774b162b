; PROBLEM: difference-or-zero-64.sl
; EXPECT: proved
(define-fun f ((x (_ BitVec 64)) (y (_ BitVec 64))) (_ BitVec 64)
  (ite (bvult x y) #x0000000000000000 (bvsub x y)))
