; EXPECT: solved
; A definition calls a definition that calls f: f = (+ x 3) solves it.
(set-logic LIA)
(synth-fun f ((x Int)) Int
  ((Start Int))
  ((Start Int (x 1 3 (+ Start Start)))))
(define-fun g ((y Int)) Int (f y))
(define-fun h ((z Int)) Int (- (g z) z))
(declare-var x Int)
(constraint (= (h x) 3))
(check-synth)
