; PROBLEM: trailing-zeros-mask-32.sl
; EXPECT: counterexample
; MUTATED: 5:17 inserted-bvnot
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  (bvand (bvnot (bvnot x)) (bvsub x #x00000001)))
