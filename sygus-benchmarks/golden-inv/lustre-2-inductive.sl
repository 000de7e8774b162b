; EXPECT: solved
; A Lustre-like node (an init flag, Booleans fed by a declared input, a step counter) whose property (not p) is
; 2-inductive but not inductive: p' = q and q' = p and input, so p stays false only because q does.
(set-logic LIA)
(synth-inv inv ((init Bool) (p Bool) (q Bool) (n Int)))
(declare-var input Bool)
(define-fun pre ((init Bool) (p Bool) (q Bool) (n Int)) Bool
    (and init (not p) (not q) (= n 0)))
(define-fun trans ((init Bool) (p Bool) (q Bool) (n Int) (init! Bool) (p! Bool) (q! Bool) (n! Int)) Bool
    (and (not init!) (= p! q) (= q! (and p input)) (= n! (+ n 1))))
(define-fun post ((init Bool) (p Bool) (q Bool) (n Int)) Bool
    (and (not p) (or init (> n 0))))
(inv-constraint inv pre trans post)
(check-synth)
