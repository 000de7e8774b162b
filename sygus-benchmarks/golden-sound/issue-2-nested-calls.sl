; EXPECT: solved
; Nested calls (f (f x)) and a ground call (f 5); f = (ite (= x 5) 6 (ite (= x 6) 5 x)) solves it.
(set-logic LIA)
(synth-fun f ((x Int)) Int
  ((Start Int) (Rest Int))
  ((Start Int ((ite (= x 5) 6 Rest)))
   (Rest Int (x (ite (= x 6) 5 x)))))
(declare-var x Int)
(constraint (= (f 5) 6))
(constraint (= (f (f x)) x))
(check-synth)
