; PROBLEM: sign-64.sl
; EXPECT: counterexample
; MUTATED: 5:9 operator-swap
(define-fun f ((x (_ BitVec 64))) (_ BitVec 64)
  (bvor (bvshl x #x000000000000003f) (bvlshr (bvneg x) #x000000000000003f)))
