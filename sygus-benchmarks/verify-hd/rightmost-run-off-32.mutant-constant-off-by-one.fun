; PROBLEM: rightmost-run-off-32.sl
; EXPECT: counterexample
; MUTATED: 5:34 constant-off-by-one
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  (bvand (bvadd (bvor x (bvsub x #x00000002)) #x00000001) x))
