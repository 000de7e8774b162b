; EXPECT: solved
; The quotient of x by -3 with remainder in [0, 3): Euclidean (div x -3) = -(div x 3); floor division differs.
; Solution: f = (div x (- 3)).
(set-logic LIA)
(synth-fun f ((x Int)) Int
  ((Start Int))
  ((Start Int (x 3 (- Start) (div Start Start)))))
(declare-var x Int)
(constraint (<= 0 (+ x (* 3 (f x)))))
(constraint (< (+ x (* 3 (f x))) 3))
(check-synth)
