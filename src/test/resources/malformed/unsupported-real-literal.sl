; EXPECT-ERROR: 4:18 unsupported literal 1.5 (theory of reals)
(set-logic LIA)
(declare-var x Int)
(constraint (= x 1.5))
