; PROBLEM: trailing-ones-off-32.sl
; EXPECT: proved
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  (bvand x (bvadd x #x00000001)))
