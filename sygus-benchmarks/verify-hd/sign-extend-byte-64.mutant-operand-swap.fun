; PROBLEM: sign-extend-byte-64.sl
; EXPECT: counterexample
; MUTATED: 5:3 operand-swap
(define-fun f ((x (_ BitVec 64))) (_ BitVec 64)
  (bvsub #x0000000000000080 (bvxor (bvand x #x00000000000000ff) #x0000000000000080)))
