; PROBLEM: abs-32.sl
; EXPECT: counterexample
; MUTATED: 5:19 operator-swap
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  (bvsub (bvxor x (bvlshr x #x0000001f)) (bvashr x #x0000001f)))
