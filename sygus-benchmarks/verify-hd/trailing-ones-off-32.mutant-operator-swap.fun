; PROBLEM: trailing-ones-off-32.sl
; EXPECT: counterexample
; MUTATED: 5:12 operator-swap
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  (bvand x (bvsub x #x00000001)))
