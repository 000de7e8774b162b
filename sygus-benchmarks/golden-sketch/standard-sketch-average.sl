; EXPECT: solved
; A sketch in standard SyGuS-IF: the start symbol's one production is the partial program, E and C its holes.
(set-logic BV)
(synth-fun avg ((x (_ BitVec 32)) (y (_ BitVec 32))) (_ BitVec 32)
  ((Start (_ BitVec 32)) (E (_ BitVec 32)) (C (_ BitVec 32)))
  ((Start (_ BitVec 32) ((bvadd (bvand x y) (bvlshr E C))))
   (E (_ BitVec 32) (x y (bvand E E) (bvor E E) (bvxor E E) (bvnot E)))
   (C (_ BitVec 32) ((Constant (_ BitVec 32))))))
(declare-var x (_ BitVec 32))
(declare-var y (_ BitVec 32))
(constraint (= (avg x y) ((_ extract 32 1) (bvadd ((_ zero_extend 1) x) ((_ zero_extend 1) y)))))
(check-synth)
