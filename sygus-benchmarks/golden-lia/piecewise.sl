; EXPECT: solved
; A piecewise-linear function: clamp 2x to [0, 20].
(set-logic LIA)
(synth-fun f ((x Int)) Int
  ((Start Int) (B Bool) (C Int))
  ((Start Int (x C (+ Start Start) (ite B Start Start)))
   (B Bool ((< Start Start) (<= Start Start)))
   (C Int (0 10 20))))
(declare-var x Int)
(constraint (=> (< x 0) (= (f x) 0)))
(constraint (=> (and (>= x 0) (<= x 10)) (= (f x) (* 2 x))))
(constraint (=> (> x 10) (= (f x) 20)))
(check-synth)
