; EXPECT-ERROR: 4:16 extract indices must satisfy 7 >= i >= j >= 0, got i=8 j=0
(set-logic BV)
(declare-var x (_ BitVec 8))
(constraint (= ((_ extract 8 0) x) x))
