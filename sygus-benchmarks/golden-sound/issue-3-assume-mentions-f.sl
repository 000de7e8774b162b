; EXPECT: solved
; An assume that mentions f: f = 0 makes the assume false everywhere, so the constraint holds vacuously.
(set-logic LIA)
(synth-fun f ((x Int)) Int
  ((Start Int))
  ((Start Int (0 1))))
(declare-var x Int)
(assume (= (f x) 1))
(constraint (= (f x) 2))
(check-synth)
