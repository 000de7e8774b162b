; sign at 32 bits: the specification as a reference expression
(set-logic BV)
(synth-fun f ((x (_ BitVec 32))) (_ BitVec 32))
(declare-var x (_ BitVec 32))
(constraint (= (f x) (ite (bvslt x #x00000000) #xffffffff (ite (= x #x00000000) #x00000000 #x00000001))))
(check-synth)
