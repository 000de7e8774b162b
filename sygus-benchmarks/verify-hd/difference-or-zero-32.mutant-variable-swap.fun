; PROBLEM: difference-or-zero-32.sl
; EXPECT: counterexample
; MUTATED: 5:99 variable-swap
(define-fun f ((x (_ BitVec 32)) (y (_ BitVec 32))) (_ BitVec 32)
  (bvand (bvsub x y) (bvnot (bvashr (bvor (bvand (bvnot x) y) (bvand (bvnot (bvxor x y)) (bvsub x x))) #x0000001f))))
