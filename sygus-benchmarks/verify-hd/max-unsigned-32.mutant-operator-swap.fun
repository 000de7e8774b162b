; PROBLEM: max-unsigned-32.sl
; EXPECT: proved
; MUTATED: 5:43 operator-swap
(define-fun f ((x (_ BitVec 32)) (y (_ BitVec 32))) (_ BitVec 32)
  (bvxor x (bvand (bvxor x y) (bvneg (ite (bvule x y) #x00000001 #x00000000)))))
