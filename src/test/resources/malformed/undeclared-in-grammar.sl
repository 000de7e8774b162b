; EXPECT-ERROR: 5:18 undeclared symbol Other
(set-logic LIA)
(synth-fun f ((x Int)) Int
  ((Start Int))
  ((Start Int (x Other))))
