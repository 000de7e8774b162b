; EXPECT-ERROR: 4:13 constraint expects a Bool term, got one of sort Int
(set-logic LIA)
(declare-var x Int)
(constraint (+ x 1))
