; PROBLEM: rightmost-run-off-64.sl
; EXPECT: counterexample
; MUTATED: 5:55 constant-off-by-one
(define-fun f ((x (_ BitVec 64))) (_ BitVec 64)
  (bvand (bvadd (bvor x (bvsub x #x0000000000000001)) #x0000000000000000) x))
