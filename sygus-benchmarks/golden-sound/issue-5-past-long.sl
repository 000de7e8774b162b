; EXPECT: solved
; A sum past Long.MAX_VALUE: Int is unbounded, so f = 1 solves it (64-bit arithmetic would wrap to a negative).
(set-logic LIA)
(synth-fun f ((x Int)) Int
  ((Start Int))
  ((Start Int (0 1))))
(declare-var x Int)
(constraint (> (+ (f x) 9223372036854775807) 9223372036854775807))
(check-synth)
