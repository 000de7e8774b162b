; EXPECT-ERROR: 4:33 production (Constant Bool) has sort Bool, but non-terminal Start has sort Int
(set-logic LIA)
(synth-fun f ((x Int)) Int
  ((Start Int) ) ((Start Int (x (Constant Bool)))))
