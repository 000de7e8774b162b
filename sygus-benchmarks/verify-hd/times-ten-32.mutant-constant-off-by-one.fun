; PROBLEM: times-ten-32.sl
; EXPECT: counterexample
; MUTATED: 5:19 constant-off-by-one
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  (bvadd (bvshl x #x00000004) (bvshl x #x00000001)))
