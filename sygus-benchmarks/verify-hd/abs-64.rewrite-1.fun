; PROBLEM: abs-64.sl
; EXPECT: proved
(define-fun f ((x (_ BitVec 64))) (_ BitVec 64)
  (bvxor (bvadd x (bvashr x #x000000000000003f)) (bvashr x #x000000000000003f)))
