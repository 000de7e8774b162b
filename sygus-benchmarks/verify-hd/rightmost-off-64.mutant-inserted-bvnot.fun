; PROBLEM: rightmost-off-64.sl
; EXPECT: counterexample
; MUTATED: 5:10 inserted-bvnot
(define-fun f ((x (_ BitVec 64))) (_ BitVec 64)
  (bvand (bvnot x) (bvsub x #x0000000000000001)))
