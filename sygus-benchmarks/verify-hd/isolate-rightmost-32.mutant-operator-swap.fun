; PROBLEM: isolate-rightmost-32.sl
; EXPECT: counterexample
; MUTATED: 5:3 operator-swap
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  (bvor x (bvneg x)))
