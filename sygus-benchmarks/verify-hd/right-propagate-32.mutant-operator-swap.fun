; PROBLEM: right-propagate-32.sl
; EXPECT: counterexample
; MUTATED: 5:11 operator-swap
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  (bvor x (bvadd x #x00000001)))
