; EXPECT: solved
; The assume mentions f and fails where x < 0: f = x solves it only thanks to the assume (|x| is out of reach).
(set-logic LIA)
(synth-fun f ((x Int)) Int
  ((Start Int))
  ((Start Int (x 1 (+ Start Start)))))
(declare-var x Int)
(assume (>= (f x) 0))
(constraint (= (f x) (ite (>= x 0) x (- x))))
(check-synth)
