; EXPECT: infeasible
; x AND a constant can never be x OR 1: at x = 0 it is 0 whatever the constant.
(set-logic BV)
(define-fun f ((x (_ BitVec 8))) (_ BitVec 8)
  (bvand x (?? (_ BitVec 8))))
(declare-var x (_ BitVec 8))
(constraint (= (f x) (bvor x #x01)))
(check-synth)
