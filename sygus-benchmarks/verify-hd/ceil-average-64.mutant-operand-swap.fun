; PROBLEM: ceil-average-64.sl
; EXPECT: counterexample
; MUTATED: 5:21 operand-swap
(define-fun f ((x (_ BitVec 64)) (y (_ BitVec 64))) (_ BitVec 64)
  (bvsub (bvor x y) (bvlshr #x0000000000000001 (bvxor x y))))
