; PROBLEM: floor-average-32.sl
; EXPECT: proved
(define-fun f ((x (_ BitVec 32)) (y (_ BitVec 32))) (_ BitVec 32)
  (bvadd (bvand x y) (bvlshr (bvxor x y) #x00000001)))
