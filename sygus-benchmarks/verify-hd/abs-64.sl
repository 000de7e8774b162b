; abs at 64 bits: the specification as a reference expression
(set-logic BV)
(synth-fun f ((x (_ BitVec 64))) (_ BitVec 64))
(declare-var x (_ BitVec 64))
(constraint (= (f x) (ite (bvslt x #x0000000000000000) (bvneg x) x)))
(check-synth)
