; sign-extend-byte at 64 bits: the specification as a reference expression
(set-logic BV)
(synth-fun f ((x (_ BitVec 64))) (_ BitVec 64))
(declare-var x (_ BitVec 64))
(constraint (= (f x) ((_ sign_extend 56) ((_ extract 7 0) x))))
(check-synth)
