; PROBLEM: ceil-average-32.sl
; EXPECT: counterexample
; MUTATED: 5:21 operand-swap
(define-fun f ((x (_ BitVec 32)) (y (_ BitVec 32))) (_ BitVec 32)
  (bvsub (bvor x y) (bvlshr #x00000001 (bvxor x y))))
