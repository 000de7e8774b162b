; PROBLEM: max-unsigned-32.sl
; EXPECT: counterexample
; MUTATED: 5:52 inserted-bvnot
(define-fun f ((x (_ BitVec 32)) (y (_ BitVec 32))) (_ BitVec 32)
  (bvxor x (bvand (bvxor x y) (bvneg (ite (bvult x (bvnot y)) #x00000001 #x00000000)))))
