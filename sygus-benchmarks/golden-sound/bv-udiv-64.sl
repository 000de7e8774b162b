; EXPECT: solved
; 64-bit unsigned division for inputs at and above 2^63: f = (bvlshr x #x0000000000000001) solves it.
(set-logic BV)
(synth-fun f ((x (_ BitVec 64))) (_ BitVec 64)
  ((Start (_ BitVec 64)))
  ((Start (_ BitVec 64) (x #x0000000000000001 (bvlshr Start Start) (bvadd Start Start)))))
(declare-var x (_ BitVec 64))
(constraint (= (f x) (bvudiv x #x0000000000000002)))
(check-synth)
