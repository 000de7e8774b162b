; PROBLEM: rightmost-zero-on-32.sl
; EXPECT: proved
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  (bvnot (bvand (bvnot x) (bvnot (bvadd x #x00000001)))))
