; EXPECT: solved
; A C loop in SSA form, as code2inv's problems are: x_0, x_1 and tmp are per-iteration temporaries (noise for the
; invariant); only x and n matter. while (x < n) { x = x + 1; }  assert(n < 0 || x == n)
(set-logic LIA)
(synth-inv inv ((x Int) (n Int) (x_0 Int) (x_1 Int) (tmp Int)))
(define-fun pre ((x Int) (n Int) (x_0 Int) (x_1 Int) (tmp Int)) Bool
    (and (= x_0 0) (= x x_0) (>= n 0)))
(define-fun trans ((x Int) (n Int) (x_0 Int) (x_1 Int) (tmp Int) (x! Int) (n! Int) (x_0! Int) (x_1! Int) (tmp! Int)) Bool
    (and (< x n) (= x_1 (+ x 1)) (= x! x_1) (= n! n) (= tmp! tmp)))
(define-fun post ((x Int) (n Int) (x_0 Int) (x_1 Int) (tmp Int)) Bool
    (or (< x n) (= x n)))
(inv-constraint inv pre trans post)
(check-synth)
