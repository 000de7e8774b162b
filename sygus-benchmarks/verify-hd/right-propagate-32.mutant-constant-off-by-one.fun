; PROBLEM: right-propagate-32.sl
; EXPECT: counterexample
; MUTATED: 5:20 constant-off-by-one
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  (bvor x (bvsub x #x00000002)))
