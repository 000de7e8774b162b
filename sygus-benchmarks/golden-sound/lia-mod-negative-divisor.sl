; EXPECT: solved
; Euclidean mod is never negative and ignores the divisor's sign: (mod x -3) = (mod x 3) >= 0.
; Truncation breaks the second constraint, floor the first. Solution: f = (mod x 3).
(set-logic LIA)
(synth-fun f ((x Int)) Int
  ((Start Int))
  ((Start Int (x 3 (- Start) (mod Start Start)))))
(declare-var x Int)
(constraint (= (f x) (mod x (- 3))))
(constraint (>= (f x) 0))
(check-synth)
