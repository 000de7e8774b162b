; PROBLEM: right-propagate-32.sl
; EXPECT: counterexample
; MUTATED: 5:3 inserted-bvnot
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  (bvnot (bvor x (bvsub x #x00000001))))
