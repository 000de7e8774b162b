; EXPECT: solved
; (bvsdiv x 0) is #x01 for negative x and #xff otherwise (#x80 included).
; Solution: f = (ite (bvslt x #x00) #x01 #xff).
(set-logic BV)
(synth-fun f ((x (_ BitVec 8))) (_ BitVec 8)
  ((Start (_ BitVec 8)) (B Bool))
  ((Start (_ BitVec 8) (x #x00 #x01 #xff (ite B Start Start)))
   (B Bool ((bvslt x #x00) (bvult x #x80) (= x #x00)))))
(declare-var x (_ BitVec 8))
(constraint (= (f x) (bvsdiv x #x00)))
(check-synth)
