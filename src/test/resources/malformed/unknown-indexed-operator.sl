; EXPECT-ERROR: 4:20 unknown operator bvfoo
(set-logic BV)
(declare-var x (_ BitVec 8))
(constraint (= ((_ bvfoo 3) x) x))
