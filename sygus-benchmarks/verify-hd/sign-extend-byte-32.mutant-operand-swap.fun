; PROBLEM: sign-extend-byte-32.sl
; EXPECT: counterexample
; MUTATED: 5:3 operand-swap
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  (bvsub #x00000080 (bvxor (bvand x #x000000ff) #x00000080)))
