; EXPECT-ERROR: 3:16 unsupported feature: uninterpreted functions (declare-fun u)
(set-logic LIA)
(declare-fun u (Int) Int)
