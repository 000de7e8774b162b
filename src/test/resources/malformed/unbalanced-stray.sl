; EXPECT-ERROR: 4:25 unbalanced parenthesis: unexpected ')'
(set-logic LIA)
(synth-fun f ((x Int)) Int)
(constraint (= (f 1) 1)))
(check-synth)
