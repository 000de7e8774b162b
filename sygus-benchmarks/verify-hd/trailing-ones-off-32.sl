; trailing-ones-off at 32 bits: the specification as a reference expression
(set-logic BV)
(synth-fun f ((x (_ BitVec 32))) (_ BitVec 32))
(declare-var x (_ BitVec 32))
(constraint (= (f x) (bvand x (bvnot (bvxor x (bvadd x #x00000001))))))
(check-synth)
