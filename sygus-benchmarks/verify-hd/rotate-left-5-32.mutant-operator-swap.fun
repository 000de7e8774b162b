; PROBLEM: rotate-left-5-32.sl
; EXPECT: counterexample
; MUTATED: 5:3 operator-swap
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  (bvand (bvshl x #x00000005) (bvlshr x #x0000001b)))
