; EXPECT: solved
; A defined function calls f: f = x solves it.
(set-logic LIA)
(synth-fun f ((x Int)) Int ((Start Int)) ((Start Int (0 x))))
(define-fun g ((y Int)) Int (f y))
(declare-var x Int)
(constraint (= (g x) x))
(check-synth)
