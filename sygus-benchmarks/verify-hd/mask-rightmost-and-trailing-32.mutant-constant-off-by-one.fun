; PROBLEM: mask-rightmost-and-trailing-32.sl
; EXPECT: counterexample
; MUTATED: 5:21 constant-off-by-one
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  (bvxor x (bvsub x #x00000000)))
