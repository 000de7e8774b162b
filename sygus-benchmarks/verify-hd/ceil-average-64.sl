; ceil-average at 64 bits: the specification as a reference expression
(set-logic BV)
(synth-fun f ((x (_ BitVec 64)) (y (_ BitVec 64))) (_ BitVec 64))
(declare-var x (_ BitVec 64))
(declare-var y (_ BitVec 64))
(constraint (= (f x y) ((_ extract 64 1) (bvadd (bvadd ((_ zero_extend 1) x) ((_ zero_extend 1) y)) #b00000000000000000000000000000000000000000000000000000000000000001))))
(check-synth)
