; EXPECT-ERROR: 1:1 empty input
