; PROBLEM: ceil-average-32.sl
; EXPECT: counterexample
; MUTATED: 5:38 variable-swap
(define-fun f ((x (_ BitVec 32)) (y (_ BitVec 32))) (_ BitVec 32)
  (bvsub (bvor x y) (bvlshr (bvxor x x) #x00000001)))
