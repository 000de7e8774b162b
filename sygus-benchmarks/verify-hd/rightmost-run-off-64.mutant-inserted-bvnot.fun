; PROBLEM: rightmost-run-off-64.sl
; EXPECT: counterexample
; MUTATED: 5:17 inserted-bvnot
(define-fun f ((x (_ BitVec 64))) (_ BitVec 64)
  (bvand (bvadd (bvnot (bvor x (bvsub x #x0000000000000001))) #x0000000000000001) x))
