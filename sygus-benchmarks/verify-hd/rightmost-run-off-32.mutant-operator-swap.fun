; PROBLEM: rightmost-run-off-32.sl
; EXPECT: counterexample
; MUTATED: 5:25 operator-swap
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  (bvand (bvadd (bvor x (bvadd x #x00000001)) #x00000001) x))
