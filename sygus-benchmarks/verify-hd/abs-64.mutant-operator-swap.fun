; PROBLEM: abs-64.sl
; EXPECT: counterexample
; MUTATED: 5:10 operator-swap
(define-fun f ((x (_ BitVec 64))) (_ BitVec 64)
  (bvsub (bvor x (bvashr x #x000000000000003f)) (bvashr x #x000000000000003f)))
