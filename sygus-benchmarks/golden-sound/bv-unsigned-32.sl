; EXPECT: solved
; 32-bit values at and above 2^31 compared unsigned: f = (bvnot #x00000000) solves it; a signed compare would take f = #x00000000.
(set-logic BV)
(synth-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  ((Start (_ BitVec 32)))
  ((Start (_ BitVec 32) (#x00000000 #x00000001 (bvnot Start) (bvadd Start Start)))))
(declare-var x (_ BitVec 32))
(constraint (bvugt (f x) #x80000000))
(check-synth)
