; EXPECT-ERROR: 4:16 repeat would give a bit-vector of 4294967304 bits
(set-logic BV)
(declare-var x (_ BitVec 8))
(constraint (= ((_ repeat 536870913) x) x))
