; PROBLEM: difference-or-zero-32.sl
; EXPECT: counterexample
; MUTATED: 5:29 operand-swap
(define-fun f ((x (_ BitVec 32)) (y (_ BitVec 32))) (_ BitVec 32)
  (bvand (bvsub x y) (bvnot (bvashr #x0000001f (bvor (bvand (bvnot x) y) (bvand (bvnot (bvxor x y)) (bvsub x y)))))))
