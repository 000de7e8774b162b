; EXPECT: solved
; (mod x (f x)) is a remainder by zero when f = 0, but on a disjunct that does not matter: f = 0 solves it.
(set-logic LIA)
(synth-fun f ((x Int)) Int
  ((Start Int))
  ((Start Int (0 1))))
(declare-var x Int)
(constraint (or (= (f x) 0) (= (mod x (f x)) 5)))
(check-synth)
