; EXPECT-ERROR: 3:30 the body of g has sort Int, but its declared sort is Bool
(set-logic LIA)
(define-fun g ((a Int)) Bool a)
