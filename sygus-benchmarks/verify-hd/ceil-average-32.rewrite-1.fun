; PROBLEM: ceil-average-32.sl
; EXPECT: proved
(define-fun f ((x (_ BitVec 32)) (y (_ BitVec 32))) (_ BitVec 32)
  (bvadd (bvadd (bvlshr x #x00000001) (bvlshr y #x00000001)) (bvand (bvor x y) #x00000001)))
