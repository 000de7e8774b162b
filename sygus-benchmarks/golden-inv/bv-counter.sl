; EXPECT: solved
; A bit-vector counter: x counts from 0 up to 10 in 8 bits (unsigned comparisons), so it never wraps around.
(set-logic BV)
(synth-inv inv ((x (_ BitVec 8)) (y (_ BitVec 8))))
(define-fun pre ((x (_ BitVec 8)) (y (_ BitVec 8))) Bool (and (= x #x00) (= y #x00)))
(define-fun trans ((x (_ BitVec 8)) (y (_ BitVec 8)) (x! (_ BitVec 8)) (y! (_ BitVec 8))) Bool
    (and (bvult x #x0a) (= x! (bvadd x #x01)) (= y! (bvadd y #x02))))
(define-fun post ((x (_ BitVec 8)) (y (_ BitVec 8))) Bool (bvule y #x14))
(inv-constraint inv pre trans post)
(check-synth)
