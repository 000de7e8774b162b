; EXPECT: infeasible
; A finite grammar of one and/or over the inputs cannot express xor.
(set-logic BV)
(synth-fun f ((x (_ BitVec 8)) (y (_ BitVec 8))) (_ BitVec 8)
  ((Start (_ BitVec 8)) (Leaf (_ BitVec 8)))
  ((Start (_ BitVec 8) ((bvand Leaf Leaf) (bvor Leaf Leaf) Leaf))
   (Leaf (_ BitVec 8) (x y))))
(declare-var x (_ BitVec 8))
(declare-var y (_ BitVec 8))
(constraint (= (f x y) (bvxor x y)))
(check-synth)
