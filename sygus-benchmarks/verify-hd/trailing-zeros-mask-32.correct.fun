; PROBLEM: trailing-zeros-mask-32.sl
; EXPECT: proved
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  (bvand (bvnot x) (bvsub x #x00000001)))
