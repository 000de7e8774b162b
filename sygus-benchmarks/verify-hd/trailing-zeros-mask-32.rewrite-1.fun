; PROBLEM: trailing-zeros-mask-32.sl
; EXPECT: proved
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  (bvnot (bvor x (bvneg x))))
