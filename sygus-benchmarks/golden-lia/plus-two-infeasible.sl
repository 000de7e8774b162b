; EXPECT: infeasible
; The grammar reaches x and x+1 only.
(set-logic LIA)
(synth-fun f ((x Int)) Int
  ((Start Int))
  ((Start Int (x (+ x 1)))))
(declare-var x Int)
(constraint (= (f x) (+ x 2)))
(check-synth)
