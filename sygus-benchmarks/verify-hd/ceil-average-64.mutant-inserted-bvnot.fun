; PROBLEM: ceil-average-64.sl
; EXPECT: counterexample
; MUTATED: 5:10 inserted-bvnot
(define-fun f ((x (_ BitVec 64)) (y (_ BitVec 64))) (_ BitVec 64)
  (bvsub (bvnot (bvor x y)) (bvlshr (bvxor x y) #x0000000000000001)))
