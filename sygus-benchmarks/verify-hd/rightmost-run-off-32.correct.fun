; PROBLEM: rightmost-run-off-32.sl
; EXPECT: proved
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  (bvand (bvadd (bvor x (bvsub x #x00000001)) #x00000001) x))
