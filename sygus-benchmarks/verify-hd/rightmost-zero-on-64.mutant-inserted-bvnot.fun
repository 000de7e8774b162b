; PROBLEM: rightmost-zero-on-64.sl
; EXPECT: counterexample
; MUTATED: 5:18 inserted-bvnot
(define-fun f ((x (_ BitVec 64))) (_ BitVec 64)
  (bvor x (bvadd (bvnot x) #x0000000000000001)))
