; EXPECT-ERROR: 3:16 unsupported sort Real (theory of reals)
(set-logic LIA)
(declare-var r Real)
