; EXPECT: solved
; x + 105, where 105 is no literal of the file and (Constant Int) sits in its own non-terminal: Z3 finds the
; constant of (+ x C) during the search.
(set-logic LIA)
(synth-fun f ((x Int)) Int
  ((Start Int) (C Int))
  ((Start Int (x (+ Start C) (ite (<= Start C) Start Start)))
   (C Int ((Constant Int)))))
(declare-var x Int)
(constraint (= (f x) (+ x (* 7 5 3))))
(check-synth)
