; EXPECT: solved
; Programming by example: f(x) = (x << 1) ^ x on 8 bits.
(set-logic BV)
(synth-fun f ((x (_ BitVec 8))) (_ BitVec 8)
  ((Start (_ BitVec 8)))
  ((Start (_ BitVec 8) (x #x01 (bvshl Start Start) (bvlshr Start Start) (bvxor Start Start) (bvand Start Start)))))
(constraint (= (f #x01) #x03))
(constraint (= (f #x02) #x06))
(constraint (= (f #x03) #x05))
(constraint (= (f #x80) #x80))
(constraint (= (f #x55) #xff))
(constraint (= (f #x0f) #x11))
(constraint (= (f #xc3) #x45))
(check-synth)
