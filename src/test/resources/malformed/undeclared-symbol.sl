; EXPECT-ERROR: 4:18 undeclared symbol y
(set-logic LIA)
(declare-var x Int)
(constraint (= x y))
