; PROBLEM: mask-rightmost-and-trailing-32.sl
; EXPECT: proved
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  (bvnot (bvxor x (bvneg x))))
