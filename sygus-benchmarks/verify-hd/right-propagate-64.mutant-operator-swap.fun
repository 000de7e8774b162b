; PROBLEM: right-propagate-64.sl
; EXPECT: counterexample
; MUTATED: 5:11 operator-swap
(define-fun f ((x (_ BitVec 64))) (_ BitVec 64)
  (bvor x (bvadd x #x0000000000000001)))
