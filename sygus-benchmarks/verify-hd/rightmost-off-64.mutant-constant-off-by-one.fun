; PROBLEM: rightmost-off-64.sl
; EXPECT: counterexample
; MUTATED: 5:21 constant-off-by-one
(define-fun f ((x (_ BitVec 64))) (_ BitVec 64)
  (bvand x (bvsub x #x0000000000000000)))
