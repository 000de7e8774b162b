; EXPECT: solved
; (set-logic SAT): Core only, Booleans and their connectives. f = (or (and a (not b)) (and (not a) b)) solves it.
(set-logic SAT)
(synth-fun f ((a Bool) (b Bool)) Bool
  ((Start Bool))
  ((Start Bool (a b (not Start) (and Start Start) (or Start Start)))))
(declare-var a Bool)
(declare-var b Bool)
(constraint (= (f a b) (xor a b)))
(check-synth)
