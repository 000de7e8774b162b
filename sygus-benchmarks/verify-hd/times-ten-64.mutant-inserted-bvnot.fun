; PROBLEM: times-ten-64.sl
; EXPECT: counterexample
; MUTATED: 5:48 inserted-bvnot
(define-fun f ((x (_ BitVec 64))) (_ BitVec 64)
  (bvadd (bvshl x #x0000000000000003) (bvshl x (bvnot #x0000000000000001))))
