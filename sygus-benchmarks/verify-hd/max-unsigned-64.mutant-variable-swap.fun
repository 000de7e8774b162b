; PROBLEM: max-unsigned-64.sl
; EXPECT: counterexample
; MUTATED: 5:10 variable-swap
(define-fun f ((x (_ BitVec 64)) (y (_ BitVec 64))) (_ BitVec 64)
  (bvxor y (bvand (bvxor x y) (bvneg (ite (bvult x y) #x0000000000000001 #x0000000000000000)))))
