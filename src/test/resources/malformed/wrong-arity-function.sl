; EXPECT-ERROR: 4:16 function g expects 2 arguments, got 1
(set-logic LIA)
(define-fun g ((a Int) (b Int)) Int (+ a b))
(constraint (= (g 1) 2))
