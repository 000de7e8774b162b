; PROBLEM: isolate-rightmost-64.sl
; EXPECT: proved
(define-fun f ((x (_ BitVec 64))) (_ BitVec 64)
  (bvand x (bvneg x)))
