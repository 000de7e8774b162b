; EXPECT-ERROR: 2:1 expected a command such as (synth-fun ...), got set-logic
set-logic LIA
