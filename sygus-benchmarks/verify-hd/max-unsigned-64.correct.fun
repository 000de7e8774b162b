; PROBLEM: max-unsigned-64.sl
; EXPECT: proved
(define-fun f ((x (_ BitVec 64)) (y (_ BitVec 64))) (_ BitVec 64)
  (bvxor x (bvand (bvxor x y) (bvneg (ite (bvult x y) #x0000000000000001 #x0000000000000000)))))
