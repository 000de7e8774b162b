; EXPECT-ERROR: 3:19 unterminated string literal
(set-logic LIA)
(set-info :source "never closed)
(check-synth)
