; PROBLEM: sign-extend-byte-64.sl
; EXPECT: proved
(define-fun f ((x (_ BitVec 64))) (_ BitVec 64)
  (bvashr (bvshl x #x0000000000000038) #x0000000000000038))
