; EXPECT: solved
; x & (x - 1) without bvsub in the grammar: the enumerator must find (bvadd x #xff) or an equivalent.
(set-logic BV)
(synth-fun f ((x (_ BitVec 8))) (_ BitVec 8)
  ((Start (_ BitVec 8)) (Const (_ BitVec 8)))
  ((Start (_ BitVec 8) (x Const (bvand Start Start) (bvadd Start Start) (bvor Start Start)))
   (Const (_ BitVec 8) (#x00 #x01 #xff))))
(declare-var x (_ BitVec 8))
(constraint (= (f x) (bvand x (bvsub x #x01))))
(check-synth)
