; EXPECT: solved
; The definition calls f at (+ y 1), not at the variable itself: f = (- (+ x x) 2) solves it.
(set-logic LIA)
(synth-fun f ((x Int)) Int
  ((Start Int))
  ((Start Int (x 1 2 (+ Start Start) (- Start Start)))))
(define-fun g ((y Int)) Int (f (+ y 1)))
(declare-var x Int)
(constraint (= (g x) (* 2 x)))
(check-synth)
