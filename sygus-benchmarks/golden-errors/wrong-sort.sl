; EXPECT-ERROR: 5:19 bvadd expects arguments of the same bit-vector sort
(set-logic BV)
(synth-fun f ((x (_ BitVec 8))) (_ BitVec 8))
(declare-var x (_ BitVec 8))
(constraint (= (f (bvadd x #x0001)) x))
(check-synth)
