; PROBLEM: trailing-ones-off-64.sl
; EXPECT: proved
(define-fun f ((x (_ BitVec 64))) (_ BitVec 64)
  (bvsub x (bvand x (bvnot (bvadd x #x0000000000000001)))))
