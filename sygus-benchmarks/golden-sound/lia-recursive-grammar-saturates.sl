; EXPECT: solved
; A recursive grammar whose levels soon bring nothing new (once, the search looped on empty levels
; without looking at its deadline). f = 0 solves it: both sides are (mod x 0).
(set-logic LIA)
(synth-fun f ((x Int)) Int ((Start Int)) ((Start Int (x 0 3 (- Start)))))
(declare-var x Int)
(constraint (= (mod x (f x)) (mod x (- (- 0)))))
(check-synth)
