; PROBLEM: right-propagate-32.sl
; EXPECT: counterexample
; MUTATED: 5:11 operand-swap
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  (bvor x (bvsub #x00000001 x)))
