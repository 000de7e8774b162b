; PROBLEM: floor-average-64.sl
; EXPECT: counterexample
; MUTATED: 5:17 variable-swap
(define-fun f ((x (_ BitVec 64)) (y (_ BitVec 64))) (_ BitVec 64)
  (bvadd (bvand y y) (bvlshr (bvxor x y) #x0000000000000001)))
