; EXPECT: solved
; Two counters whose sum grows by 3 per step whichever way it is split: the invariant needs a + b = 3i.
(set-logic LIA)
(synth-inv inv ((i Int) (n Int) (a Int) (b Int)))
(define-fun pre ((i Int) (n Int) (a Int) (b Int)) Bool
    (and (= i 0) (= a 0) (= b 0) (>= n 0)))
(define-fun trans ((i Int) (n Int) (a Int) (b Int) (i! Int) (n! Int) (a! Int) (b! Int)) Bool
    (and (< i n) (= i! (+ i 1)) (= n! n)
         (or (and (= a! (+ a 1)) (= b! (+ b 2))) (and (= a! (+ a 2)) (= b! (+ b 1))))))
(define-fun post ((i Int) (n Int) (a Int) (b Int)) Bool
    (=> (>= i n) (= (+ a b) (* 3 n))))
(inv-constraint inv pre trans post)
(check-synth)
