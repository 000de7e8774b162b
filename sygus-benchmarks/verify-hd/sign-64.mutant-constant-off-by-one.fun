; PROBLEM: sign-64.sl
; EXPECT: counterexample
; MUTATED: 5:19 constant-off-by-one
(define-fun f ((x (_ BitVec 64))) (_ BitVec 64)
  (bvor (bvashr x #x000000000000003e) (bvlshr (bvneg x) #x000000000000003f)))
