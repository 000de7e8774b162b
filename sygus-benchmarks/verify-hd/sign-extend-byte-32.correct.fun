; PROBLEM: sign-extend-byte-32.sl
; EXPECT: proved
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  (bvsub (bvxor (bvand x #x000000ff) #x00000080) #x00000080))
