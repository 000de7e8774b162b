; PROBLEM: trailing-ones-off-32.sl
; EXPECT: counterexample
; MUTATED: 5:21 constant-off-by-one
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  (bvand x (bvadd x #x00000000)))
