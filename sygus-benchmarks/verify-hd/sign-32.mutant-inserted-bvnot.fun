; PROBLEM: sign-32.sl
; EXPECT: counterexample
; MUTATED: 5:3 inserted-bvnot
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  (bvnot (bvor (bvashr x #x0000001f) (bvlshr (bvneg x) #x0000001f))))
