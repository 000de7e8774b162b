; EXPECT: solved
; 32-bit: a definition calls f at y and at (bvadd y 1): f = (bvshl x #x00000001) solves it.
(set-logic BV)
(synth-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  ((Start (_ BitVec 32)))
  ((Start (_ BitVec 32) (x #x00000001 (bvshl Start Start) (bvor Start Start)))))
(define-fun g ((y (_ BitVec 32))) (_ BitVec 32) (bvadd (f y) (f (bvadd y #x00000001))))
(declare-var x (_ BitVec 32))
(constraint (= (g x) (bvadd (bvmul x #x00000004) #x00000002)))
(check-synth)
