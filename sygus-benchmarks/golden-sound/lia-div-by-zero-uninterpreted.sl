; EXPECT: solved
; (div x 0) is unspecified in SMT-LIB, but it is a function of x: f = (div x 0) solves it, f = 0 does not.
(set-logic LIA)
(synth-fun f ((x Int)) Int
  ((Start Int))
  ((Start Int (0 1 x (div Start Start)))))
(declare-var x Int)
(constraint (= (f x) (div x 0)))
(check-synth)
