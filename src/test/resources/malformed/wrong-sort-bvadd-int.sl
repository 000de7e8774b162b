; EXPECT-ERROR: 4:16 bvadd expects arguments of the same bit-vector sort, got (_ BitVec 8) and Int
(set-logic BV)
(declare-var x (_ BitVec 8))
(constraint (= (bvadd x 1) x))
