; EXPECT-ERROR: 4:18 expected a term, got keyword :kw
(set-logic LIA)
(declare-var x Int)
(constraint (= x :kw))
