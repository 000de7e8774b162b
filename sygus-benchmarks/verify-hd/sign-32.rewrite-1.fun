; PROBLEM: sign-32.sl
; EXPECT: proved
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  (bvsub (ite (bvsgt x #x00000000) #x00000001 #x00000000) (ite (bvslt x #x00000000) #x00000001 #x00000000)))
