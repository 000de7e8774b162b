; EXPECT: solved
; Population count of 16 bits in SWAR form: the three masks are holes, each shared through let by its two uses.
(set-logic BV)
(define-fun pop ((x (_ BitVec 16))) (_ BitVec 16)
  (let ((m1 (?? (_ BitVec 16))) (m2 (?? (_ BitVec 16))) (m4 (?? (_ BitVec 16))))
    (let ((a (bvsub x (bvand (bvlshr x #x0001) m1))))
      (let ((b (bvadd (bvand a m2) (bvand (bvlshr a #x0002) m2))))
        (let ((c (bvand (bvadd b (bvlshr b #x0004)) m4)))
          (bvand (bvadd c (bvlshr c #x0008)) #x001f))))))
(declare-var x (_ BitVec 16))
(constraint (= (pop x) (bvadd ((_ zero_extend 15) ((_ extract 0 0) x)) ((_ zero_extend 15) ((_ extract 1 1) x)) ((_ zero_extend 15) ((_ extract 2 2) x)) ((_ zero_extend 15) ((_ extract 3 3) x)) ((_ zero_extend 15) ((_ extract 4 4) x)) ((_ zero_extend 15) ((_ extract 5 5) x)) ((_ zero_extend 15) ((_ extract 6 6) x)) ((_ zero_extend 15) ((_ extract 7 7) x)) ((_ zero_extend 15) ((_ extract 8 8) x)) ((_ zero_extend 15) ((_ extract 9 9) x)) ((_ zero_extend 15) ((_ extract 10 10) x)) ((_ zero_extend 15) ((_ extract 11 11) x)) ((_ zero_extend 15) ((_ extract 12 12) x)) ((_ zero_extend 15) ((_ extract 13 13) x)) ((_ zero_extend 15) ((_ extract 14 14) x)) ((_ zero_extend 15) ((_ extract 15 15) x)))))
(check-synth)
