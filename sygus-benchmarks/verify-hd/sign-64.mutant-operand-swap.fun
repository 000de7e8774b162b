; PROBLEM: sign-64.sl
; EXPECT: counterexample
; MUTATED: 5:9 operand-swap
(define-fun f ((x (_ BitVec 64))) (_ BitVec 64)
  (bvor (bvashr #x000000000000003f x) (bvlshr (bvneg x) #x000000000000003f)))
