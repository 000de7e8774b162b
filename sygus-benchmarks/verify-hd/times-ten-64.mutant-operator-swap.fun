; PROBLEM: times-ten-64.sl
; EXPECT: counterexample
; MUTATED: 5:3 operator-swap
(define-fun f ((x (_ BitVec 64))) (_ BitVec 64)
  (bvsub (bvshl x #x0000000000000003) (bvshl x #x0000000000000001)))
