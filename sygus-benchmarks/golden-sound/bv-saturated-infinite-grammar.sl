; EXPECT: infeasible
; An infinite grammar with two behaviours (x and its complement): its enumeration saturates, and the
; exhaustion certificate is replayed to the same fixpoint. x + 1 is neither.
(set-logic BV)
(synth-fun f ((x (_ BitVec 8))) (_ BitVec 8) ((Start (_ BitVec 8))) ((Start (_ BitVec 8) (x (bvnot Start)))))
(declare-var x (_ BitVec 8))
(constraint (= (f x) (bvadd x #x03)))
(check-synth)
