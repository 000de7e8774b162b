; EXPECT-ERROR: 2:12 unsupported logic NRA
(set-logic NRA)
(synth-fun f ((x Real)) Real)
(check-synth)
