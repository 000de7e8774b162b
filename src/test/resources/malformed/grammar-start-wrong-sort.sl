; EXPECT-ERROR: 4:5 the start symbol Start has sort Bool, but the function returns Int
(set-logic LIA)
(synth-fun f ((x Int)) Int
  ((Start Bool) (I Int))
  ((Start Bool (true)) (I Int (x))))
