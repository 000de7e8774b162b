; EXPECT: solved
; Not single-invocation: f is called at (x, y) and at (y, x) in one constraint.
(set-logic LIA)
(synth-fun f ((x Int) (y Int)) Int
  ((Start Int))
  ((Start Int (x y 0 1 (+ Start Start) (- Start Start)))))
(declare-var x Int)
(declare-var y Int)
(constraint (= (f x y) (f y x)))
(constraint (= (f x 0) x))
(constraint (= (f x 1) (+ x 1)))
(constraint (= (- (f x y) y) x))
(check-synth)
