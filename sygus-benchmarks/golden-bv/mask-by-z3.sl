; EXPECT: solved
; x with its odd bits cleared. The mask #x55555555 is no literal of the file and and/or/xor/not cannot build it
; from 0, 1, -1 and #x00000003: only constants by Z3 in the search find (bvand x #x55555555).
(set-logic BV)
(define-fun spec ((x (_ BitVec 32))) (_ BitVec 32) (bvand x (bvudiv #xffffffff #x00000003)))
(synth-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  ((Start (_ BitVec 32)))
  ((Start (_ BitVec 32) (x (Constant (_ BitVec 32)) (bvand Start Start) (bvor Start Start) (bvxor Start Start) (bvnot Start)))))
(declare-var x (_ BitVec 32))
(constraint (= (f x) (spec x)))
(check-synth)
