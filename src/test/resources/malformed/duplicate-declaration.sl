; EXPECT-ERROR: 4:14 symbol x is already declared
(set-logic LIA)
(declare-var x Int)
(declare-var x Int)
