; PROBLEM: isolate-rightmost-zero-64.sl
; EXPECT: counterexample
; MUTATED: 5:17 inserted-bvnot
(define-fun f ((x (_ BitVec 64))) (_ BitVec 64)
  (bvand (bvnot (bvnot x)) (bvadd x #x0000000000000001)))
