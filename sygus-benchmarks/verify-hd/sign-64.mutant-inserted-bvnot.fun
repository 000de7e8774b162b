; PROBLEM: sign-64.sl
; EXPECT: counterexample
; MUTATED: 5:3 inserted-bvnot
(define-fun f ((x (_ BitVec 64))) (_ BitVec 64)
  (bvnot (bvor (bvashr x #x000000000000003f) (bvlshr (bvneg x) #x000000000000003f))))
