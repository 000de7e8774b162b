; EXPECT: solved
; f * 2^62 > 2^62 needs f >= 2; every such product wraps in 64 bits. f = (+ 1 1) solves it.
(set-logic LIA)
(synth-fun f ((x Int)) Int
  ((Start Int))
  ((Start Int (0 1 (+ Start Start)))))
(declare-var x Int)
(constraint (> (* (f x) 4611686018427387904) 4611686018427387904))
(check-synth)
