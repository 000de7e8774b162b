; difference-or-zero at 64 bits: the specification as a reference expression
(set-logic BV)
(synth-fun f ((x (_ BitVec 64)) (y (_ BitVec 64))) (_ BitVec 64))
(declare-var x (_ BitVec 64))
(declare-var y (_ BitVec 64))
(constraint (= (f x y) (ite (bvuge x y) (bvsub x y) #x0000000000000000)))
(check-synth)
