; EXPECT-ERROR: 5:18 a grammar may use the function's parameters, not the declared variable y
(set-logic LIA)
(declare-var y Int)
(synth-fun f ((x Int)) Int
  ((Start Int (x y))))
