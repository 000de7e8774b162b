; EXPECT: solved
; A 21-digit constant in the grammar and in the spec: f = (+ x (+ 100000000000000000000 1)) solves it.
(set-logic LIA)
(synth-fun f ((x Int)) Int
  ((Start Int))
  ((Start Int (x 1 100000000000000000000 (+ Start Start)))))
(declare-var x Int)
(constraint (= (f x) (+ x 100000000000000000001)))
(check-synth)
