; EXPECT-ERROR: 4:52 unknown operator bvfoo
(set-logic BV)
(synth-fun f ((x (_ BitVec 8))) (_ BitVec 8))
(declare-var x (_ BitVec 8)) (constraint (= (f x) (bvfoo x x)))
(check-synth)
