; PROBLEM: trailing-zeros-mask-64.sl
; EXPECT: proved
(define-fun f ((x (_ BitVec 64))) (_ BitVec 64)
  (bvnot (bvor x (bvneg x))))
