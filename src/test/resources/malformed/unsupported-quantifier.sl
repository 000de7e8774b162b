; EXPECT-ERROR: 4:14 unsupported feature: quantifiers (forall)
(set-logic LIA)
(declare-var x Int)
(constraint (forall ((y Int)) (= x y)))
