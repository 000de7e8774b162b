; EXPECT: infeasible
; An initial state already breaks the post-condition (x = 5 is allowed by pre): no invariant exists.
(set-logic LIA)
(synth-inv inv ((x Int)))
(define-fun pre ((x Int)) Bool (and (>= x 0) (<= x 5)))
(define-fun trans ((x Int) (x! Int)) Bool (= x! x))
(define-fun post ((x Int)) Bool (< x 5))
(inv-constraint inv pre trans post)
(check-synth)
