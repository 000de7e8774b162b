; EXPECT-ERROR: 3:2 unknown command frobnicate
(set-logic LIA)
(frobnicate x)
(check-synth)
