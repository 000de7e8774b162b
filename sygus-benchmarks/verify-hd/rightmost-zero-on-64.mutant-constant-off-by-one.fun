; PROBLEM: rightmost-zero-on-64.sl
; EXPECT: counterexample
; MUTATED: 5:20 constant-off-by-one
(define-fun f ((x (_ BitVec 64))) (_ BitVec 64)
  (bvor x (bvadd x #x0000000000000000)))
