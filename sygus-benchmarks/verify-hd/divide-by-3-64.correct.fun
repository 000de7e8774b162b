; PROBLEM: divide-by-3-64.sl
; EXPECT: proved
(define-fun f ((x (_ BitVec 64))) (_ BitVec 64)
  ((_ extract 63 0) (bvlshr (bvmul ((_ zero_extend 64) x) #x0000000000000000aaaaaaaaaaaaaaab) #x00000000000000000000000000000041)))
