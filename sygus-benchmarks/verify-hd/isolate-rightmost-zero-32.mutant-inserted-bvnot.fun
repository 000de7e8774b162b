; PROBLEM: isolate-rightmost-zero-32.sl
; EXPECT: counterexample
; MUTATED: 5:10 inserted-bvnot
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  (bvand (bvnot (bvnot x)) (bvadd x #x00000001)))
