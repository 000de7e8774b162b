; PROBLEM: floor-average-64.sl
; EXPECT: proved
(define-fun f ((x (_ BitVec 64)) (y (_ BitVec 64))) (_ BitVec 64)
  (bvadd (bvand x y) (bvlshr (bvxor x y) #x0000000000000001)))
