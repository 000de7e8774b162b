; EXPECT: solved
; Under the assumption x < 16 the identity is correct; without it, it is not.
(set-logic BV)
(synth-fun f ((x (_ BitVec 8))) (_ BitVec 8)
  ((Start (_ BitVec 8)))
  ((Start (_ BitVec 8) (x #x00 (bvnot Start) (bvor Start Start)))))
(declare-var x (_ BitVec 8))
(assume (bvult x #x10))
(constraint (= (f x) (bvand x #x0f)))
(check-synth)
