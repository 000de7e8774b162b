; PROBLEM: isolate-rightmost-zero-32.sl
; EXPECT: counterexample
; MUTATED: 5:29 constant-off-by-one
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  (bvand (bvnot x) (bvadd x #x00000002)))
