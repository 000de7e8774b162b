; PROBLEM: rotate-left-5-64.sl
; EXPECT: counterexample
; MUTATED: 5:48 constant-off-by-one
(define-fun f ((x (_ BitVec 64))) (_ BitVec 64)
  (bvor (bvshl x #x0000000000000005) (bvlshr x #x000000000000003a)))
