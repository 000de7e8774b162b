; EXPECT: solved
; y stays at 5 while x <= 5, then follows x: the invariant needs a disjunction (or an ite).
(set-logic LIA)
(synth-inv inv ((x Int) (y Int)))
(define-fun pre ((x Int) (y Int)) Bool (and (= x 0) (= y 5)))
(define-fun trans ((x Int) (y Int) (x! Int) (y! Int)) Bool
    (and (< x 10) (= x! (+ x 1)) (= y! (ite (< x 5) y (+ y 1)))))
(define-fun post ((x Int) (y Int)) Bool (=> (>= x 10) (= y 10)))
(inv-constraint inv pre trans post)
(check-synth)
