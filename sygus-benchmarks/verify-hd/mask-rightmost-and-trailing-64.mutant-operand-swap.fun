; PROBLEM: mask-rightmost-and-trailing-64.sl
; EXPECT: counterexample
; MUTATED: 5:12 operand-swap
(define-fun f ((x (_ BitVec 64))) (_ BitVec 64)
  (bvxor x (bvsub #x0000000000000001 x)))
