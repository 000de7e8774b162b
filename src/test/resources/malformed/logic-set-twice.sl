; EXPECT-ERROR: 3:1 the logic is already set to LIA
(set-logic LIA)
(set-logic LIA)
