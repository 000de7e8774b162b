; EXPECT: solved
; x * 2^64 from 2^32 * 2^32: in 64-bit arithmetic both it and the spec wrap to 0, so f = 0 would look right.
; Solution: f = (* (* x 4294967296) 4294967296).
(set-logic LIA)
(synth-fun f ((x Int)) Int
  ((Start Int) (C Int))
  ((Start Int (0 x (* Start C)))
   (C Int (4294967296))))
(declare-var x Int)
(constraint (= (f x) (* x 18446744073709551616)))
(check-synth)
