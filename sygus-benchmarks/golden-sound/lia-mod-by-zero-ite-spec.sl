; EXPECT: solved
; The spec takes a remainder by y inside an ite whose other branch covers y = 0: f = x solves it.
(set-logic LIA)
(synth-fun f ((x Int) (y Int)) Int
  ((Start Int))
  ((Start Int (x y 0 1 (+ Start Start)))))
(declare-var x Int)
(declare-var y Int)
(constraint (= (f x y) (ite (= y 0) x (+ x (mod (* 5 y) y)))))
(check-synth)
