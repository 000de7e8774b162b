; PROBLEM: floor-average-32.sl
; EXPECT: counterexample
; MUTATED: 5:19 variable-swap
(define-fun f ((x (_ BitVec 32)) (y (_ BitVec 32))) (_ BitVec 32)
  (bvadd (bvand x x) (bvlshr (bvxor x y) #x00000001)))
