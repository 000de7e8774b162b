; PROBLEM: rightmost-run-off-64.sl
; EXPECT: proved
(define-fun f ((x (_ BitVec 64))) (_ BitVec 64)
  (bvsub x (bvand x (bvnot (bvadd x (bvand x (bvneg x)))))))
