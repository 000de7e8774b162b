package org.neurocegis.term;

/** The sorts NeuroCEGIS handles: Bool, Int and fixed-width bit-vectors. */
public sealed interface Sort {
    Sort BOOL = new BoolSort();
    Sort INT = new IntSort();

    static BitVecSort bitVec(int width) {
        return new BitVecSort(width);
    }

    record BoolSort() implements Sort {
        @Override public boolean equals(Object o) { return o instanceof BoolSort; }
        @Override public int hashCode() { return 0; }
        @Override public String toString() { return "Bool"; }
    }

    record IntSort() implements Sort {
        @Override public boolean equals(Object o) { return o instanceof IntSort; }
        @Override public int hashCode() { return 0; }
        @Override public String toString() { return "Int"; }
    }

    record BitVecSort(int width) implements Sort {
        /** The widest bit-vector sort accepted, declared or computed (concat, extensions, repeat): 2^24 - 1 bits. */
        public static final int MAX_WIDTH = (1 << 24) - 1;

        public BitVecSort {
            if (width < 1) throw new IllegalArgumentException("bit-vector width must be at least 1, got " + width);
        }

        @Override public boolean equals(Object o) { return o instanceof BitVecSort b && b.width == width; }
        @Override public int hashCode() { return width; }
        @Override public String toString() { return "(_ BitVec " + width + ")"; }
    }
}
