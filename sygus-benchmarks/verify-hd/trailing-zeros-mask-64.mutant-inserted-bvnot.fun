; PROBLEM: trailing-zeros-mask-64.sl
; EXPECT: counterexample
; MUTATED: 5:29 inserted-bvnot
(define-fun f ((x (_ BitVec 64))) (_ BitVec 64)
  (bvand (bvnot x) (bvsub x (bvnot #x0000000000000001))))
