; PROBLEM: difference-or-zero-64.sl
; EXPECT: counterexample
; MUTATED: 5:90 operand-swap
(define-fun f ((x (_ BitVec 64)) (y (_ BitVec 64))) (_ BitVec 64)
  (bvand (bvsub x y) (bvnot (bvashr (bvor (bvand (bvnot x) y) (bvand (bvnot (bvxor x y)) (bvsub y x))) #x000000000000003f))))
