; PROBLEM: rightmost-off-32.sl
; EXPECT: counterexample
; MUTATED: 5:12 operand-swap
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  (bvand x (bvsub #x00000001 x)))
