; EXPECT-ERROR: 6:30 production x has sort Int, but non-terminal B has sort Bool
(set-logic LIA)
(synth-fun f ((x Int)) Int
  ((Start Int) (B Bool))
  ((Start Int (x 0 (ite B Start Start)))
   (B Bool ((<= Start Start) x))))
(check-synth)
