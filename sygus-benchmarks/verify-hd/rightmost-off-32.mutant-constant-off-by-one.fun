; PROBLEM: rightmost-off-32.sl
; EXPECT: counterexample
; MUTATED: 5:21 constant-off-by-one
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  (bvand x (bvsub x #x00000002)))
