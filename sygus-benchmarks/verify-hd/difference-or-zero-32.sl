; difference-or-zero at 32 bits: the specification as a reference expression
(set-logic BV)
(synth-fun f ((x (_ BitVec 32)) (y (_ BitVec 32))) (_ BitVec 32))
(declare-var x (_ BitVec 32))
(declare-var y (_ BitVec 32))
(constraint (= (f x y) (ite (bvuge x y) (bvsub x y) #x00000000)))
(check-synth)
