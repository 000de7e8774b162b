; PROBLEM: mask-rightmost-and-trailing-64.sl
; EXPECT: proved
(define-fun f ((x (_ BitVec 64))) (_ BitVec 64)
  (bvxor x (bvsub x #x0000000000000001)))
