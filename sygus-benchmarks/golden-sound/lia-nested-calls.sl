; EXPECT: solved
; Nested call (f (f x)) with a universally quantified x: f = (+ x 2) solves it.
(set-logic LIA)
(synth-fun f ((x Int)) Int
  ((Start Int))
  ((Start Int (x 1 2 (+ Start Start)))))
(declare-var x Int)
(constraint (= (f (f x)) (+ x 4)))
(check-synth)
