; EXPECT: solved
; Hacker's Delight 2-1: isolate the rightmost 1-bit, specified by a reference loop-free definition.
(set-logic BV)
(define-fun spec ((x (_ BitVec 16))) (_ BitVec 16)
  (ite (= ((_ extract 0 0) x) #b1) #x0001
  (ite (= ((_ extract 1 1) x) #b1) #x0002
  (ite (= ((_ extract 2 2) x) #b1) #x0004
  (ite (= ((_ extract 3 3) x) #b1) #x0008
  (ite (= ((_ extract 4 4) x) #b1) #x0010
  (ite (= ((_ extract 5 5) x) #b1) #x0020
  (ite (= ((_ extract 6 6) x) #b1) #x0040
  (ite (= ((_ extract 7 7) x) #b1) #x0080
  (ite (= ((_ extract 8 8) x) #b1) #x0100
  (ite (= ((_ extract 9 9) x) #b1) #x0200
  (ite (= ((_ extract 10 10) x) #b1) #x0400
  (ite (= ((_ extract 11 11) x) #b1) #x0800
  (ite (= ((_ extract 12 12) x) #b1) #x1000
  (ite (= ((_ extract 13 13) x) #b1) #x2000
  (ite (= ((_ extract 14 14) x) #b1) #x4000
  (ite (= ((_ extract 15 15) x) #b1) #x8000 #x0000)))))))))))))))))
(synth-fun f ((x (_ BitVec 16))) (_ BitVec 16)
  ((Start (_ BitVec 16)))
  ((Start (_ BitVec 16) (x #x0000 #x0001 (bvneg Start) (bvnot Start) (bvand Start Start) (bvor Start Start) (bvadd Start Start)))))
(declare-var x (_ BitVec 16))
(constraint (= (f x) (spec x)))
(check-synth)
