; EXPECT: solved
; A definition calls f twice, once at an argument computed from its parameter: f = (+ x 1) solves it.
(set-logic LIA)
(synth-fun f ((x Int)) Int
  ((Start Int))
  ((Start Int (x 0 1 2 (+ Start Start)))))
(define-fun g ((y Int)) Int (+ (f y) (f (+ y 1))))
(declare-var x Int)
(constraint (= (g x) (+ (* 2 x) 3)))
(check-synth)
