; EXPECT-ERROR: 3:26 expected a positive bit-vector width, got 0
(set-logic BV)
(declare-var x (_ BitVec 0))
