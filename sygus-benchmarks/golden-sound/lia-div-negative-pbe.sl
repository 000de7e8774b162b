; EXPECT: solved
; Examples at negative inputs, SMT-LIB Euclidean semantics: (div -7 2) = -4, (mod -7 2) = 1 (truncation gives -3, -1).
; Solution: f = (+ (div x 2) (mod x 2)), the ceiling of x/2.
(set-logic LIA)
(synth-fun f ((x Int)) Int
  ((Start Int))
  ((Start Int (x 1 2 (div Start Start) (mod Start Start) (+ Start Start)))))
(constraint (= (f (- 7)) (- 3)))
(constraint (= (f (- 8)) (- 4)))
(constraint (= (f (- 1)) 0))
(constraint (= (f 7) 4))
(constraint (= (f 5) 3))
(constraint (= (f 0) 0))
(check-synth)
