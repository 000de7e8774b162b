; PROBLEM: isolate-rightmost-zero-32.sl
; EXPECT: counterexample
; MUTATED: 5:20 operator-swap
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  (bvand (bvnot x) (bvsub x #x00000001)))
