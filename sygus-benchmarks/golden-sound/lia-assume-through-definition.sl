; EXPECT: solved
; The assume calls f through a definition; f = 5 makes it false everywhere, so the constraint holds vacuously.
(set-logic LIA)
(synth-fun f ((x Int)) Int
  ((Start Int))
  ((Start Int (x 5 (+ Start Start)))))
(define-fun g ((y Int)) Int (* 2 (f y)))
(declare-var x Int)
(assume (< (g x) 10))
(constraint (= (f x) (+ x 1)))
(check-synth)
