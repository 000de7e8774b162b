; EXPECT: solved
; Two functions tied by one constraint: g must be twice f, and f must exceed x.
(set-logic LIA)
(synth-fun f ((x Int)) Int
  ((Start Int))
  ((Start Int (x 1 (+ Start Start)))))
(synth-fun g ((x Int)) Int
  ((Start Int))
  ((Start Int (x 1 (+ Start Start)))))
(declare-var x Int)
(constraint (> (f x) x))
(constraint (= (g x) (+ (f x) (f x))))
(check-synth)
