; EXPECT: solved
; The assume puts x above 2^70, so counterexamples are past 64 bits; f = x fails there, f = (+ x x) solves it.
(set-logic LIA)
(synth-fun f ((x Int)) Int
  ((Start Int))
  ((Start Int (x 1 (+ Start Start)))))
(declare-var x Int)
(assume (> x 1180591620717411303424))
(constraint (> (f x) 2361183241434822606848))
(check-synth)
