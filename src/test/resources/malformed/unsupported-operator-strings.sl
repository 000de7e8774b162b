; EXPECT-ERROR: 4:19 unsupported operator str.len (theory of strings)
(set-logic LIA)
(declare-var x Int)
(constraint (= x (str.len x)))
