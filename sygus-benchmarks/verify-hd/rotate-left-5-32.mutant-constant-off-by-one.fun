; PROBLEM: rotate-left-5-32.sl
; EXPECT: counterexample
; MUTATED: 5:18 constant-off-by-one
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  (bvor (bvshl x #x00000004) (bvlshr x #x0000001b)))
