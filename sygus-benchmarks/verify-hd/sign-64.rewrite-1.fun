; PROBLEM: sign-64.sl
; EXPECT: proved
(define-fun f ((x (_ BitVec 64))) (_ BitVec 64)
  (bvsub (ite (bvsgt x #x0000000000000000) #x0000000000000001 #x0000000000000000) (ite (bvslt x #x0000000000000000) #x0000000000000001 #x0000000000000000)))
