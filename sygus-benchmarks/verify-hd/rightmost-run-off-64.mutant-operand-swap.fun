; PROBLEM: rightmost-run-off-64.sl
; EXPECT: counterexample
; MUTATED: 5:25 operand-swap
(define-fun f ((x (_ BitVec 64))) (_ BitVec 64)
  (bvand (bvadd (bvor x (bvsub #x0000000000000001 x)) #x0000000000000001) x))
