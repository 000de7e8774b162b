; PROBLEM: ceil-average-32.sl
; EXPECT: counterexample
; MUTATED: 5:21 operator-swap
(define-fun f ((x (_ BitVec 32)) (y (_ BitVec 32))) (_ BitVec 32)
  (bvsub (bvor x y) (bvashr (bvxor x y) #x00000001)))
