; PROBLEM: right-propagate-64.sl
; EXPECT: counterexample
; MUTATED: 5:20 inserted-bvnot
(define-fun f ((x (_ BitVec 64))) (_ BitVec 64)
  (bvor x (bvsub x (bvnot #x0000000000000001))))
