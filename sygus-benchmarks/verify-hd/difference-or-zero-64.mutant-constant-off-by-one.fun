; PROBLEM: difference-or-zero-64.sl
; EXPECT: proved
; MUTATED: 5:104 constant-off-by-one
(define-fun f ((x (_ BitVec 64)) (y (_ BitVec 64))) (_ BitVec 64)
  (bvand (bvsub x y) (bvnot (bvashr (bvor (bvand (bvnot x) y) (bvand (bvnot (bvxor x y)) (bvsub x y))) #x0000000000000040))))
