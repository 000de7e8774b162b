; EXPECT: solved
; Floor average without overflow: an expression hole of depth 1 and a shift-amount constant.
(set-logic BV)
(define-fun avg ((x (_ BitVec 32)) (y (_ BitVec 32))) (_ BitVec 32)
  (bvadd (bvand x y) (bvlshr (?? (_ BitVec 32) :expr 1) (?? (_ BitVec 32)))))
(declare-var x (_ BitVec 32))
(declare-var y (_ BitVec 32))
(constraint (= (avg x y) ((_ extract 32 1) (bvadd ((_ zero_extend 1) x) ((_ zero_extend 1) y)))))
(check-synth)
