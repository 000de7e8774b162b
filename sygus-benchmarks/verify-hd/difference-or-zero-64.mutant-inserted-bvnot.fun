; PROBLEM: difference-or-zero-64.sl
; EXPECT: counterexample
; MUTATED: 5:37 inserted-bvnot
(define-fun f ((x (_ BitVec 64)) (y (_ BitVec 64))) (_ BitVec 64)
  (bvand (bvsub x y) (bvnot (bvashr (bvnot (bvor (bvand (bvnot x) y) (bvand (bvnot (bvxor x y)) (bvsub x y)))) #x000000000000003f))))
