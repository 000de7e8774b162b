; EXPECT: solved
; Nested call of a two-argument f, (f (f x y) y): f = (+ x y) solves it.
(set-logic LIA)
(synth-fun f ((x Int) (y Int)) Int
  ((Start Int))
  ((Start Int (x y 0 (+ Start Start)))))
(declare-var x Int)
(declare-var y Int)
(constraint (= (f (f x y) y) (+ x (* 2 y))))
(check-synth)
