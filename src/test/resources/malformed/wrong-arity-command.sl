; EXPECT-ERROR: 3:1 expected (declare-var <name> <sort>)
(set-logic LIA)
(declare-var x)
