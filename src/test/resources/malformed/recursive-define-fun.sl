; EXPECT-ERROR: 3:43 unsupported feature: recursive functions (g refers to itself)
(set-logic LIA)
(define-fun g ((a Int)) Int (ite (= a 0) (g a) a))
