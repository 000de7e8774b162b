; PROBLEM: parity-32.sl
; EXPECT: counterexample
; MUTATED: 5:170 constant-off-by-one
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  (let ((p1 (bvxor x (bvlshr x #x00000001)))) (let ((p2 (bvxor p1 (bvlshr p1 #x00000002)))) (let ((p4 (bvxor p2 (bvlshr p2 #x00000004)))) (let ((p8 (bvxor p4 (bvlshr p4 #x00000009)))) (let ((p16 (bvxor p8 (bvlshr p8 #x00000010)))) (bvand p16 #x00000001)))))))
