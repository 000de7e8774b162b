; PROBLEM: floor-average-32.sl
; EXPECT: counterexample
; MUTATED: 5:22 operand-swap
(define-fun f ((x (_ BitVec 32)) (y (_ BitVec 32))) (_ BitVec 32)
  (bvadd (bvand x y) (bvlshr #x00000001 (bvxor x y))))
