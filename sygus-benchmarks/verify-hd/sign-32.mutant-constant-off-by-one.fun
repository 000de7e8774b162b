; PROBLEM: sign-32.sl
; EXPECT: counterexample
; MUTATED: 5:49 constant-off-by-one
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  (bvor (bvashr x #x0000001f) (bvlshr (bvneg x) #x00000020)))
