; PROBLEM: difference-or-zero-32.sl
; EXPECT: counterexample
; MUTATED: 5:77 inserted-bvnot
(define-fun f ((x (_ BitVec 32)) (y (_ BitVec 32))) (_ BitVec 32)
  (bvand (bvsub x y) (bvnot (bvashr (bvor (bvand (bvnot x) y) (bvand (bvnot (bvnot (bvxor x y))) (bvsub x y))) #x0000001f))))
