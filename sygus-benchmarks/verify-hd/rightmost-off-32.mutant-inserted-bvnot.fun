; PROBLEM: rightmost-off-32.sl
; EXPECT: counterexample
; MUTATED: 5:12 inserted-bvnot
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  (bvand x (bvnot (bvsub x #x00000001))))
