; EXPECT: solved
; Turn off the rightmost 1-bit: x and x plus a constant (all ones: x - 1).
(set-logic BV)
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  (bvand x (bvadd x (?? (_ BitVec 32)))))
(declare-var x (_ BitVec 32))
(constraint (= (f x) (bvsub x (bvand x (bvneg x)))))
(check-synth)
