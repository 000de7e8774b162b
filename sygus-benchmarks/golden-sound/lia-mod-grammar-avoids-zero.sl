; EXPECT: solved
; The grammar's (mod x Start) meets divisors 0 and x; the answer needs divisor 4: f = (mod x (+ 2 2)) solves it.
(set-logic LIA)
(synth-fun f ((x Int)) Int
  ((Start Int))
  ((Start Int (x 0 2 (mod x Start) (+ Start Start)))))
(declare-var x Int)
(constraint (= (f x) (mod x 4)))
(check-synth)
