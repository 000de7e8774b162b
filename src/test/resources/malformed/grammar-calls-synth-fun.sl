; EXPECT-ERROR: 4:19 a grammar cannot call the function being synthesised (f)
(set-logic LIA)
(synth-fun f ((x Int)) Int
  ((Start Int (x (f x)))))
