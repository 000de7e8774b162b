; EXPECT-ERROR: 4:13 not expects 1 argument, got 2
(set-logic LIA)
(declare-var x Int)
(constraint (not (= x 1) (= x 2)))
