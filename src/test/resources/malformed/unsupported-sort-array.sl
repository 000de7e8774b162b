; EXPECT-ERROR: 3:16 unsupported sort (Array Int Int) (theory of arrays)
(set-logic LIA)
(declare-var a (Array Int Int))
