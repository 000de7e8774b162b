; PROBLEM: popcount-32.sl
; EXPECT: counterexample
; MUTATED: 5:224 constant-off-by-one
(define-fun f ((x (_ BitVec 32))) (_ BitVec 32)
  (let ((a (bvsub x (bvand (bvlshr x #x00000001) #x55555555)))) (let ((b (bvadd (bvand a #x33333333) (bvand (bvlshr a #x00000002) #x33333333)))) (bvlshr (bvmul (bvand (bvadd b (bvlshr b #x00000004)) #x0f0f0f0f) #x01010101) #x00000017))))
