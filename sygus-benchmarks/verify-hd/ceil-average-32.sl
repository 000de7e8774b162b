; ceil-average at 32 bits: the specification as a reference expression
(set-logic BV)
(synth-fun f ((x (_ BitVec 32)) (y (_ BitVec 32))) (_ BitVec 32))
(declare-var x (_ BitVec 32))
(declare-var y (_ BitVec 32))
(constraint (= (f x y) ((_ extract 32 1) (bvadd (bvadd ((_ zero_extend 1) x) ((_ zero_extend 1) y)) #b000000000000000000000000000000001))))
(check-synth)
