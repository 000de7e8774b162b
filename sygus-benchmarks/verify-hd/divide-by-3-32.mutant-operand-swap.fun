; PROBLEM: divide-by-3-32.sl
; EXPECT: counterexample
; MUTATED: 5:21 operand-swap
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  ((_ extract 31 0) (bvlshr #x0000000000000021 (bvmul ((_ zero_extend 32) x) #x00000000aaaaaaab))))
