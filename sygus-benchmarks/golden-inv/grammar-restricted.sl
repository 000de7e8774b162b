; EXPECT: solved
; The invariant must come from the grammar (comparisons of x with 0 and 10, conjunctions): an answer of another
; shape, e.g. (not (<= x (- 1))), is not printed; one of the grammar is.
(set-logic LIA)
(synth-inv inv ((x Int))
    ((B Bool) (I Int))
    ((B Bool ((and B B) (<= I I)))
     (I Int (x 0 10))))
(define-fun pre ((x Int)) Bool (= x 0))
(define-fun trans ((x Int) (x! Int)) Bool (and (< x 10) (= x! (+ x 1))))
(define-fun post ((x Int)) Bool (<= x 10))
(inv-constraint inv pre trans post)
(check-synth)
