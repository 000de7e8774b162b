; EXPECT: solved
; A C loop in SSA form whose invariant is a guarded relation, i <= 0 or lo <= hi: lo and hi are arbitrary until the
; first iteration, which sets hi to a fresh value h and lo to the smaller of lo and h. i_1 and lo_1 are the
; iteration's temporaries and h its input (trans never constrains them in the next state); a stuttering step may
; happen at any time.
;   i = 0; while (i < 50 && *) { h = *; i = i + 1; hi = h; if (h <= lo) lo = h; }  assert(i < 50 || lo <= hi)
(set-logic LIA)
(synth-inv inv ((i Int) (lo Int) (hi Int) (i_1 Int) (lo_1 Int) (h Int)))
(define-fun pre ((i Int) (lo Int) (hi Int) (i_1 Int) (lo_1 Int) (h Int)) Bool
    (= i 0))
(define-fun trans ((i Int) (lo Int) (hi Int) (i_1 Int) (lo_1 Int) (h Int)
                   (i! Int) (lo! Int) (hi! Int) (i_1! Int) (lo_1! Int) (h! Int)) Bool
    (or (and (= i_1 i) (= lo_1 lo) (= i! i) (= lo! lo) (= hi! hi))
        (and (= i_1 i) (= lo_1 lo) (< i_1 50) (= i! (+ i_1 1)) (= hi! h) (= lo! (ite (<= h lo_1) h lo_1)))))
(define-fun post ((i Int) (lo Int) (hi Int) (i_1 Int) (lo_1 Int) (h Int)) Bool
    (or (< i 50) (<= lo hi)))
(inv-constraint inv pre trans post)
(check-synth)
