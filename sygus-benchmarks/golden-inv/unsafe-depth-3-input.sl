; EXPECT: infeasible
; Each step adds a declared input in {0, 1}: x = 3 is reached after three steps whose inputs are all 1.
(set-logic LIA)
(synth-inv inv ((x Int)))
(declare-var step Int)
(define-fun pre ((x Int)) Bool (= x 0))
(define-fun trans ((x Int) (x! Int)) Bool (and (>= step 0) (<= step 1) (= x! (+ x step))))
(define-fun post ((x Int)) Bool (< x 3))
(inv-constraint inv pre trans post)
(check-synth)
