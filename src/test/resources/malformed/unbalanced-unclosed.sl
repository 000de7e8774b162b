; EXPECT-ERROR: 5:1 unbalanced parenthesis: this '(' is never closed
(set-logic LIA)
(synth-fun f ((x Int)) Int
  ((Start Int (x 0 (+ Start Start)))))
(constraint (= (f 1) 1)
(check-synth)
