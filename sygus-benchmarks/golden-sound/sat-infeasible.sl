; EXPECT: infeasible
; (set-logic SAT) with a finite grammar that cannot express xor: only a, b and their conjunction.
(set-logic SAT)
(synth-fun f ((a Bool) (b Bool)) Bool
  ((Start Bool) (Atom Bool))
  ((Start Bool (Atom (and Atom Atom))) (Atom Bool (a b))))
(declare-var a Bool)
(declare-var b Bool)
(constraint (= (f a b) (xor a b)))
(check-synth)
