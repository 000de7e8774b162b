; PROBLEM: divide-by-3-64.sl
; EXPECT: counterexample
; MUTATED: 5:21 operand-swap
(define-fun f ((x (_ BitVec 64))) (_ BitVec 64)
  ((_ extract 63 0) (bvlshr #x00000000000000000000000000000041 (bvmul ((_ zero_extend 64) x) #x0000000000000000aaaaaaaaaaaaaaab))))
