; EXPECT: solved
; The spec divides by x, which is zero on a branch that the implication discards: f = (+ x 2) solves it.
(set-logic LIA)
(synth-fun f ((x Int)) Int
  ((Start Int))
  ((Start Int (x 1 2 (+ Start Start)))))
(declare-var x Int)
(constraint (=> (not (= x 0)) (= (f x) (+ x (div (* 2 x) x)))))
(check-synth)
