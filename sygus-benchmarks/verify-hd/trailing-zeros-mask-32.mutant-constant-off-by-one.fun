; PROBLEM: trailing-zeros-mask-32.sl
; EXPECT: counterexample
; MUTATED: 5:29 constant-off-by-one
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  (bvand (bvnot x) (bvsub x #x00000002)))
