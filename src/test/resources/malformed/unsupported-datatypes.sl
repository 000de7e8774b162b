; EXPECT-ERROR: 3:1 unsupported feature: algebraic datatypes (declare-datatypes)
(set-logic LIA)
(declare-datatypes ((L 0)) (((nil))))
