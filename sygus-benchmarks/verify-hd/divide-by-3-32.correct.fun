; PROBLEM: divide-by-3-32.sl
; EXPECT: proved
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  ((_ extract 31 0) (bvlshr (bvmul ((_ zero_extend 32) x) #x00000000aaaaaaab) #x0000000000000021)))
