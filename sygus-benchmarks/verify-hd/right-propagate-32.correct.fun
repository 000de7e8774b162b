; PROBLEM: right-propagate-32.sl
; EXPECT: proved
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  (bvor x (bvsub x #x00000001)))
