; EXPECT-ERROR: 4:18 bad numeral '007'
(set-logic LIA)
(declare-var x Int)
(constraint (= x 007))
