; PROBLEM: popcount-64.sl
; EXPECT: proved-or-unknown
(define-fun f ((x (_ BitVec 64))) (_ BitVec 64)
  (let ((a (bvsub x (bvand (bvlshr x #x0000000000000001) #x5555555555555555)))) (let ((b (bvadd (bvand a #x3333333333333333) (bvand (bvlshr a #x0000000000000002) #x3333333333333333)))) (bvlshr (bvmul (bvand (bvadd b (bvlshr b #x0000000000000004)) #x0f0f0f0f0f0f0f0f) #x0101010101010101) #x0000000000000038))))
