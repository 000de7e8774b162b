; PROBLEM: difference-or-zero-64.sl
; EXPECT: counterexample
; MUTATED: 5:22 operator-swap
(define-fun f ((x (_ BitVec 64)) (y (_ BitVec 64))) (_ BitVec 64)
  (bvand (bvsub x y) (bvneg (bvashr (bvor (bvand (bvnot x) y) (bvand (bvnot (bvxor x y)) (bvsub x y))) #x000000000000003f))))
