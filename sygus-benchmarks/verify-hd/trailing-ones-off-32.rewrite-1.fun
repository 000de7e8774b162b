; PROBLEM: trailing-ones-off-32.sl
; EXPECT: proved
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  (bvsub x (bvand x (bvnot (bvadd x #x00000001)))))
