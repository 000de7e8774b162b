; PROBLEM: trailing-zeros-mask-64.sl
; EXPECT: counterexample
; MUTATED: 5:29 constant-off-by-one
(define-fun f ((x (_ BitVec 64))) (_ BitVec 64)
  (bvand (bvnot x) (bvsub x #x0000000000000002)))
