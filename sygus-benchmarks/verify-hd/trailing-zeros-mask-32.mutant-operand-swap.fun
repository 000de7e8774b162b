; PROBLEM: trailing-zeros-mask-32.sl
; EXPECT: counterexample
; MUTATED: 5:20 operand-swap
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  (bvand (bvnot x) (bvsub #x00000001 x)))
