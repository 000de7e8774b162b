; EXPECT: solved
; The grammar builds (div x 0), (div x x) and friends; floor(x/2) needs (div x 2): f = (div x 2) solves it.
(set-logic LIA)
(synth-fun f ((x Int)) Int
  ((Start Int))
  ((Start Int (x 0 2 (div Start Start) (- Start Start)))))
(declare-var x Int)
(constraint (<= (* 2 (f x)) x))
(constraint (< x (+ (* 2 (f x)) 2)))
(check-synth)
