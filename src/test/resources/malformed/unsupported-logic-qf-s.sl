; EXPECT-ERROR: 2:12 unsupported logic QF_S
(set-logic QF_S)
(synth-fun f ((x String)) String)
(check-synth)
