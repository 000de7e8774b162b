; PROBLEM: rotate-left-5-32.sl
; EXPECT: counterexample
; MUTATED: 5:18 inserted-bvnot
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  (bvor (bvshl x (bvnot #x00000005)) (bvlshr x #x0000001b)))
