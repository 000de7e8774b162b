; EXPECT: solved
; 8-bit: a definition nests f in f, (f (f y)); f = (bvadd x #x02) solves it.
(set-logic BV)
(synth-fun f ((x (_ BitVec 8))) (_ BitVec 8)
  ((Start (_ BitVec 8)))
  ((Start (_ BitVec 8) (x #x01 #x02 (bvadd Start Start) (bvxor Start Start)))))
(define-fun twice ((y (_ BitVec 8))) (_ BitVec 8) (f (f y)))
(declare-var x (_ BitVec 8))
(constraint (= (twice x) (bvadd x #x04)))
(constraint (= (f x) (bvsub (twice x) #x02)))
(check-synth)
