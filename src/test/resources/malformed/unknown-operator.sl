; EXPECT-ERROR: 4:26 unknown operator bvfoo
(set-logic BV)
(synth-fun f ((x (_ BitVec 8))) (_ BitVec 8))
(constraint (= (f #x01) (bvfoo #x01 #x02)))
(check-synth)
