; EXPECT-ERROR: 3:14 unterminated quoted symbol
(set-logic LIA)
(declare-var |x y Int)
