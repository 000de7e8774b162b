; PROBLEM: times-ten-32.sl
; EXPECT: counterexample
; MUTATED: 5:17 inserted-bvnot
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  (bvadd (bvshl (bvnot x) #x00000003) (bvshl x #x00000001)))
