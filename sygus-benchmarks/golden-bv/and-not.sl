; EXPECT: solved
; Bit-clear: x with the bits of y turned off.
(set-logic BV)
(synth-fun f ((x (_ BitVec 32)) (y (_ BitVec 32))) (_ BitVec 32)
  ((Start (_ BitVec 32)))
  ((Start (_ BitVec 32) (x y (bvnot Start) (bvand Start Start) (bvor Start Start) (bvxor Start Start)))))
(declare-var x (_ BitVec 32))
(declare-var y (_ BitVec 32))
(constraint (= (f x y) (bvsub x (bvand x y))))
(check-synth)
