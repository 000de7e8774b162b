; sign-extend-byte at 32 bits: the specification as a reference expression
(set-logic BV)
(synth-fun f ((x (_ BitVec 32))) (_ BitVec 32))
(declare-var x (_ BitVec 32))
(constraint (= (f x) ((_ sign_extend 24) ((_ extract 7 0) x))))
(check-synth)
