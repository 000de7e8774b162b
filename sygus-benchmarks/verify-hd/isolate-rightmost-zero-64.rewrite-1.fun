; PROBLEM: isolate-rightmost-zero-64.sl
; EXPECT: proved
(define-fun f ((x (_ BitVec 64))) (_ BitVec 64)
  (bvxor (bvor x (bvadd x #x0000000000000001)) x))
