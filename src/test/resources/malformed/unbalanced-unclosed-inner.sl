; EXPECT-ERROR: 4:3 unbalanced parenthesis: this '(' is never closed
(set-logic BV)
(synth-fun f ((x (_ BitVec 8))) (_ BitVec 8)
  ((Start (_ BitVec 8) (x #x00 (bvadd Start Start)))
