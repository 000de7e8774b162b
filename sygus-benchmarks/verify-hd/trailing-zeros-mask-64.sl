; trailing-zeros-mask at 64 bits: the specification as a reference expression
(set-logic BV)
(synth-fun f ((x (_ BitVec 64))) (_ BitVec 64))
(declare-var x (_ BitVec 64))
(constraint (= (f x) (bvsub (bvand x (bvneg x)) #x0000000000000001)))
(check-synth)
