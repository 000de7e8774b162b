; PROBLEM: isolate-rightmost-64.sl
; EXPECT: counterexample
; MUTATED: 5:10 inserted-bvnot
(define-fun f ((x (_ BitVec 64))) (_ BitVec 64)
  (bvand (bvnot x) (bvneg x)))
