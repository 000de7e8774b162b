; EXPECT-ERROR: 3:18 unsupported sort String (theory of strings)
(set-logic LIA)
(synth-fun f ((s String)) Int)
