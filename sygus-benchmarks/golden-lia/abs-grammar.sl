; EXPECT: solved
; Absolute value without abs, from a grammar with a conditional.
(set-logic LIA)
(synth-fun f ((x Int)) Int
  ((Start Int) (B Bool))
  ((Start Int (x 0 (- Start) (+ Start Start) (ite B Start Start)))
   (B Bool ((< Start Start) (<= Start Start)))))
(declare-var x Int)
(constraint (= (f x) (abs x)))
(check-synth)
