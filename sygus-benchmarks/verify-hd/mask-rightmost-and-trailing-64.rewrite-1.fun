; PROBLEM: mask-rightmost-and-trailing-64.sl
; EXPECT: proved
(define-fun f ((x (_ BitVec 64))) (_ BitVec 64)
  (bvnot (bvxor x (bvneg x))))
