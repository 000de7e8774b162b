; PROBLEM: mask-rightmost-and-trailing-32.sl
; EXPECT: counterexample
; MUTATED: 5:12 operand-swap
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  (bvxor x (bvsub #x00000001 x)))
