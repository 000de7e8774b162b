; EXPECT: solved
; x times 10^20, built from 10^10 * 10^10 (past 64 bits): f = (* (* x 10000000000) 10000000000) solves it.
(set-logic LIA)
(synth-fun f ((x Int)) Int
  ((Start Int) (C Int))
  ((Start Int (x (* Start C) (+ Start Start)))
   (C Int (10000000000))))
(declare-var x Int)
(constraint (= (f x) (* x 100000000000000000000)))
(check-synth)
