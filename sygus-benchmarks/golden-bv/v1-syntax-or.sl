; EXPECT: solved
; SyGuS v1 syntax: (BitVec n) sorts, a one-list grammar, InputVariable and Constant.
(set-logic BV)
(synth-fun f ((a (BitVec 8)) (b (BitVec 8))) (BitVec 8)
  ((Start (BitVec 8) ((InputVariable (BitVec 8)) (Constant (BitVec 8)) (bvor Start Start) (bvnot Start)))))
(declare-var a (BitVec 8))
(declare-var b (BitVec 8))
(constraint (= (f a b) (bvnot (bvand (bvnot a) (bvnot b)))))
(check-synth)
