; PROBLEM: ceil-average-64.sl
; EXPECT: counterexample
; MUTATED: 5:41 constant-off-by-one
(define-fun f ((x (_ BitVec 64)) (y (_ BitVec 64))) (_ BitVec 64)
  (bvsub (bvor x y) (bvlshr (bvxor x y) #x0000000000000000)))
