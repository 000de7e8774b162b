; PROBLEM: trailing-zeros-mask-64.sl
; EXPECT: counterexample
; MUTATED: 5:10 operator-swap
(define-fun f ((x (_ BitVec 64))) (_ BitVec 64)
  (bvand (bvneg x) (bvsub x #x0000000000000001)))
