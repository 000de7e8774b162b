; PROBLEM: isolate-rightmost-32.sl
; EXPECT: proved
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  (bvand x (bvneg x)))
