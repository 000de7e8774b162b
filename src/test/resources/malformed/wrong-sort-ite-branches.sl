; EXPECT-ERROR: 4:13 ite branches must have the same sort, got Int and Bool
(set-logic LIA)
(declare-var x Int)
(constraint (ite true x false))
