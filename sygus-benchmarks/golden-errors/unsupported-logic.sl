; EXPECT-ERROR: 2:12 unsupported logic SLIA
(set-logic SLIA)
(synth-fun f ((x String)) String)
(check-synth)
