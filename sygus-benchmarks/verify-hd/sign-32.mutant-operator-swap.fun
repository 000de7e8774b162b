; PROBLEM: sign-32.sl
; EXPECT: counterexample
; MUTATED: 5:39 operator-swap
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  (bvor (bvashr x #x0000001f) (bvlshr (bvnot x) #x0000001f)))
