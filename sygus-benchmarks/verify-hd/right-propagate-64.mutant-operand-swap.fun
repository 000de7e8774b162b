; PROBLEM: right-propagate-64.sl
; EXPECT: counterexample
; MUTATED: 5:11 operand-swap
(define-fun f ((x (_ BitVec 64))) (_ BitVec 64)
  (bvor x (bvsub #x0000000000000001 x)))
