; EXPECT: solved
; The transition relation reads a declared variable (a nondeterministic input), as the INV track's Lustre models do.
(set-logic LIA)
(synth-inv inv ((x Int)))
(declare-var step Int)
(define-fun pre ((x Int)) Bool (= x 0))
(define-fun trans ((x Int) (x! Int)) Bool (and (> step 0) (= x! (+ x step))))
(define-fun post ((x Int)) Bool (>= x 0))
(inv-constraint inv pre trans post)
(check-synth)
