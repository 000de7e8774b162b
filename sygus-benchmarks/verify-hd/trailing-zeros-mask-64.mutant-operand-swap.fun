; PROBLEM: trailing-zeros-mask-64.sl
; EXPECT: counterexample
; MUTATED: 5:20 operand-swap
(define-fun f ((x (_ BitVec 64))) (_ BitVec 64)
  (bvand (bvnot x) (bvsub #x0000000000000001 x)))
