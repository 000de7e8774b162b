; PROBLEM: times-ten-32.sl
; EXPECT: counterexample
; MUTATED: 5:10 operator-swap
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  (bvadd (bvlshr x #x00000003) (bvshl x #x00000001)))
