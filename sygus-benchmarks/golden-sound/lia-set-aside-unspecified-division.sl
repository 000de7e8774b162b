; EXPECT: solved
; Found by the property test: f = x meets the points on our evaluation of (div 0 0), but SMT-LIB leaves
; that value open; the loop sets x aside. (+ x (- 1)) makes the assume false everywhere, so it solves it.
(set-logic LIA)
(synth-fun f ((x Int)) Int
  ((Start Int) (N Int))
  ((Start Int ((+ x N) (ite (= N x) N x) (* 2 N)))
   (N Int (x (- 1) 0))))
(declare-var x Int)
(define-fun g0 ((y Int)) Int (+ (f y) 9223372036854775807))
(assume (= (f x) x))
(constraint (= (g0 x) (+ (* 4 (abs x)) 9223372036854775807)))
(constraint (= (div x (f x)) (div x (abs (ite (< x (- 2)) (- 9223372036854775809) (- 2))))))
(check-synth)
