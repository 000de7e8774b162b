; EXPECT: solved
; Overflow-free floor average (Hacker's Delight 2-5), against the 33-bit reference.
(set-logic BV)
(synth-fun avg ((x (_ BitVec 32)) (y (_ BitVec 32))) (_ BitVec 32)
  ((Start (_ BitVec 32)))
  ((Start (_ BitVec 32) (x y #x00000001 (bvand Start Start) (bvxor Start Start) (bvadd Start Start) (bvlshr Start Start)))))
(declare-var x (_ BitVec 32))
(declare-var y (_ BitVec 32))
(constraint (= ((_ zero_extend 1) (avg x y))
               (bvlshr (bvadd ((_ zero_extend 1) x) ((_ zero_extend 1) y)) (_ bv1 33))))
(check-synth)
