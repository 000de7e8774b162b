; EXPECT: solved
; An octagon: y never passes x (y - x <= 0), and x stops at 100, so y stays at most 100.
(set-logic LIA)
(synth-inv inv ((x Int) (y Int)))
(define-fun pre ((x Int) (y Int)) Bool (and (= x 0) (= y 0)))
(define-fun trans ((x Int) (y Int) (x! Int) (y! Int)) Bool
    (and (< x 100) (= x! (+ x 1)) (or (= y! (+ y 1)) (= y! y))))
(define-fun post ((x Int) (y Int)) Bool (<= y 100))
(inv-constraint inv pre trans post)
(check-synth)
