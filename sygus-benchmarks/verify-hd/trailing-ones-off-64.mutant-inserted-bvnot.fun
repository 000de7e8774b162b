; PROBLEM: trailing-ones-off-64.sl
; EXPECT: counterexample
; MUTATED: 5:12 inserted-bvnot
(define-fun f ((x (_ BitVec 64))) (_ BitVec 64)
  (bvand x (bvnot (bvadd x #x0000000000000001))))
