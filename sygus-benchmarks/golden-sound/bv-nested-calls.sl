; EXPECT: solved
; BV nested call (f (f x)) with a ground call (f #x00): f = (bvnot x) solves it (bvneg fixes #x00).
(set-logic BV)
(synth-fun f ((x (_ BitVec 8))) (_ BitVec 8)
  ((Start (_ BitVec 8)))
  ((Start (_ BitVec 8) (x #x00 #xff (bvneg Start) (bvnot Start) (bvand Start Start)))))
(declare-var x (_ BitVec 8))
(constraint (= (f (f x)) x))
(constraint (= (f #x00) #xff))
(check-synth)
