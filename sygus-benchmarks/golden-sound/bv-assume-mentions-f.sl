; EXPECT: solved
; 8-bit: the assume mentions f; f = x makes it false everywhere, so the constraint holds vacuously.
(set-logic BV)
(synth-fun f ((x (_ BitVec 8))) (_ BitVec 8)
  ((Start (_ BitVec 8)))
  ((Start (_ BitVec 8) (x #x01 (bvand Start Start)))))
(declare-var x (_ BitVec 8))
(assume (distinct (f x) x))
(constraint (= (f x) (bvmul x #x03)))
(check-synth)
