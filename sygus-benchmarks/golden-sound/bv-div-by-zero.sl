; EXPECT: solved
; BV division by zero is defined: (bvudiv x 0) = #xff, (bvurem x 0) = x, (bvsmod x 0) = x.
; Solution: f = (bvsub x #x01).
(set-logic BV)
(synth-fun f ((x (_ BitVec 8))) (_ BitVec 8)
  ((Start (_ BitVec 8)))
  ((Start (_ BitVec 8) (x #x01 (bvsub Start Start) (bvnot Start)))))
(declare-var x (_ BitVec 8))
(constraint (= (f x) (bvadd (bvudiv x #x00) (bvurem x #x00))))
(constraint (= (f x) (bvsub (bvsmod x #x00) #x01)))
(check-synth)
