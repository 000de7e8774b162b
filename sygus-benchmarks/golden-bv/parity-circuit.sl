; EXPECT: solved
; A Boolean circuit: the parity of four inputs, with let in the specification.
(set-logic BV)
(synth-fun p ((a Bool) (b Bool) (c Bool) (d Bool)) Bool
  ((Start Bool))
  ((Start Bool (a b c d (xor Start Start) (and Start Start) (not Start)))))
(declare-var a Bool)
(declare-var b Bool)
(declare-var c Bool)
(declare-var d Bool)
(constraint (let ((ab (distinct a b)) (cd (distinct c d))) (= (p a b c d) (distinct ab cd))))
(check-synth)
