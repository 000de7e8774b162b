; EXPECT-ERROR: 3:16 unknown sort Foo
(set-logic LIA)
(declare-var x Foo)
