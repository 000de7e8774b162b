; EXPECT-ERROR: 4:19 argument 1 of f has sort Bool, expected Int
(set-logic LIA)
(synth-fun f ((x Int)) Int)
(constraint (= (f true) 1))
