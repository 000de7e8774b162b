; EXPECT: solved
; Safe, but the loop runs 1000 times: no bounded unrolling reaches its end; the invariant 0 <= x <= 1000 does.
(set-logic LIA)
(synth-inv inv ((x Int) (done Bool)))
(define-fun pre ((x Int) (done Bool)) Bool (and (= x 0) (not done)))
(define-fun trans ((x Int) (done Bool) (x! Int) (done! Bool)) Bool
    (or (and (< x 1000) (= x! (+ x 1)) (not done!)) (and (>= x 1000) (= x! x) done!)))
(define-fun post ((x Int) (done Bool)) Bool (=> done (= x 1000)))
(inv-constraint inv pre trans post)
(check-synth)
