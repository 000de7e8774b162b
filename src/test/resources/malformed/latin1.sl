; EXPECT-ERROR: 3:17 binary data: byte 0xE9 is not UTF-8
(set-logic LIA)
(declare-var café Int)
