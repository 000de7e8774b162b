; PROBLEM: rightmost-zero-on-32.sl
; EXPECT: counterexample
; MUTATED: 5:20 inserted-bvnot
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  (bvor x (bvadd x (bvnot #x00000001))))
