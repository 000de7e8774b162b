; PROBLEM: parity-64.sl
; EXPECT: proved
(define-fun f ((x (_ BitVec 64))) (_ BitVec 64)
  (let ((p1 (bvxor x (bvlshr x #x0000000000000001)))) (let ((p2 (bvxor p1 (bvlshr p1 #x0000000000000002)))) (let ((p4 (bvxor p2 (bvlshr p2 #x0000000000000004)))) (let ((p8 (bvxor p4 (bvlshr p4 #x0000000000000008)))) (let ((p16 (bvxor p8 (bvlshr p8 #x0000000000000010)))) (let ((p32 (bvxor p16 (bvlshr p16 #x0000000000000020)))) (bvand p32 #x0000000000000001))))))))
