; EXPECT: solved
; Euclidean div and mod under an assumption on the divisor.
(set-logic LIA)
(synth-fun f ((x Int)) Int
  ((Start Int))
  ((Start Int (x 2 3 (div Start Start) (mod Start Start) (+ Start Start)))))
(declare-var x Int)
(assume (>= x (- 100)))
(constraint (= (+ (* 3 (f x)) (mod x 3)) x))
(check-synth)
