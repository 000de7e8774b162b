; EXPECT-ERROR: 4:18 bad bit-vector literal '#b012'
(set-logic BV)
(declare-var x (_ BitVec 3))
(constraint (= x #b012))
