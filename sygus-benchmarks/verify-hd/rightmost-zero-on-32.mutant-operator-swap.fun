; PROBLEM: rightmost-zero-on-32.sl
; EXPECT: counterexample
; MUTATED: 5:11 operator-swap
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  (bvor x (bvsub x #x00000001)))
