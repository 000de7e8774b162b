; rotate-left-5 at 64 bits: the specification as a reference expression
(set-logic BV)
(synth-fun f ((x (_ BitVec 64))) (_ BitVec 64))
(declare-var x (_ BitVec 64))
(constraint (= (f x) ((_ rotate_left 5) x)))
(check-synth)
