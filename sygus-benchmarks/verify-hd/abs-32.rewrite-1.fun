; PROBLEM: abs-32.sl
; EXPECT: proved
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  (bvxor (bvadd x (bvashr x #x0000001f)) (bvashr x #x0000001f)))
