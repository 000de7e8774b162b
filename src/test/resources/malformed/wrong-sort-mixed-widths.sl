; EXPECT-ERROR: 4:13 = expects arguments of the same sort, got (_ BitVec 8) and (_ BitVec 16)
(set-logic BV)
(declare-var x (_ BitVec 8))
(constraint (= x #x0001))
