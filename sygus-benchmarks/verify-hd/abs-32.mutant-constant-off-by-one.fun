; PROBLEM: abs-32.sl
; EXPECT: proved
; MUTATED: 5:52 constant-off-by-one
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  (bvsub (bvxor x (bvashr x #x0000001f)) (bvashr x #x00000020)))
