; EXPECT-ERROR: 4:18 bad bit-vector literal '#xZZ'
(set-logic BV)
(declare-var x (_ BitVec 8))
(constraint (= x #xZZ))
