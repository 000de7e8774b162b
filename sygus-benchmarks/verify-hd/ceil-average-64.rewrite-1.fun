; PROBLEM: ceil-average-64.sl
; EXPECT: proved
(define-fun f ((x (_ BitVec 64)) (y (_ BitVec 64))) (_ BitVec 64)
  (bvadd (bvadd (bvlshr x #x0000000000000001) (bvlshr y #x0000000000000001)) (bvand (bvor x y) #x0000000000000001)))
