; EXPECT: solved
; Isolate the rightmost 1-bit: which of these partners of x is it?
(set-logic BV)
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  (bvand x (?? (_ BitVec 32) :one-of ((bvnot x) (bvadd x #x00000001) (bvsub x #x00000001) (bvneg x) (bvlshr x #x00000001)))))
(declare-var x (_ BitVec 32))
(constraint (= (f x) (bvand x (bvnot (bvsub x #x00000001)))))
(check-synth)
