; PROBLEM: floor-average-32.sl
; EXPECT: counterexample
; MUTATED: 5:10 operator-swap
(define-fun f ((x (_ BitVec 32)) (y (_ BitVec 32))) (_ BitVec 32)
  (bvadd (bvor x y) (bvlshr (bvxor x y) #x00000001)))
