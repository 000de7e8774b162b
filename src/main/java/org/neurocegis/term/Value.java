package org.neurocegis.term;

import java.math.BigInteger;
import java.util.Objects;

/** A concrete value of a sort. */
public sealed interface Value {
    Sort sort();

    BoolValue TRUE = new BoolValue(true);
    BoolValue FALSE = new BoolValue(false);

    static BoolValue of(boolean b) {
        return b ? TRUE : FALSE;
    }

    static IntValue of(BigInteger i) {
        return new IntValue(i);
    }

    static IntValue of(long i) {
        return new IntValue(BigInteger.valueOf(i));
    }

    record BoolValue(boolean value) implements Value {
        @Override public Sort sort() { return Sort.BOOL; }
        @Override public boolean equals(Object o) { return o instanceof BoolValue b && b.value == value; }
        @Override public int hashCode() { return Boolean.hashCode(value); }
        @Override public String toString() { return Boolean.toString(value); }
    }

    record IntValue(BigInteger value) implements Value {
        public IntValue { Objects.requireNonNull(value); }
        @Override public Sort sort() { return Sort.INT; }
        @Override public boolean equals(Object o) { return o instanceof IntValue i && value.equals(i.value); }
        @Override public int hashCode() { return value.hashCode(); }
        @Override public String toString() {
            return value.signum() < 0 ? "(- " + value.negate() + ")" : value.toString();
        }
    }

    /**
     * A bit-vector value. Widths up to 64 keep their bits in a long (the fast path); wider ones in a BigInteger.
     * Either way the value is the unsigned number the bits spell.
     */
    final class BitVecValue implements Value {
        private final int width;
        private final long bits;
        private final BigInteger wide;

        private BitVecValue(int width, long bits, BigInteger wide) {
            this.width = width;
            this.bits = bits;
            this.wide = wide;
        }

        public static BitVecValue of(int width, long bits) {
            if (width > 64) return of(width, BigInteger.valueOf(bits));
            return new BitVecValue(width, bits & BitVecArith.mask(width), null);
        }

        /** The value modulo 2^width; negative numbers wrap around as two's complement. */
        public static BitVecValue of(int width, BigInteger value) {
            if (width < 1) throw new IllegalArgumentException("bit-vector width must be at least 1");
            BigInteger normal = BitVecArith.truncate(value, width);
            if (width <= 64) return new BitVecValue(width, normal.longValue(), null);
            return new BitVecValue(width, 0, normal);
        }

        public int width() { return width; }

        public boolean isWide() { return wide != null; }

        /** The bits, for widths up to 64. */
        public long bits() {
            if (wide != null) throw new IllegalStateException("width " + width + " does not fit a long");
            return bits;
        }

        public BigInteger unsigned() {
            return wide != null ? wide : new BigInteger(Long.toUnsignedString(bits));
        }

        public BigInteger signed() {
            BigInteger u = unsigned();
            return u.testBit(width - 1) ? u.subtract(BigInteger.ONE.shiftLeft(width)) : u;
        }

        @Override public Sort sort() { return Sort.bitVec(width); }

        @Override public boolean equals(Object o) {
            return o instanceof BitVecValue v && v.width == width && v.bits == bits && Objects.equals(v.wide, wide);
        }

        @Override public int hashCode() {
            return 31 * (31 * width + Long.hashCode(bits)) + Objects.hashCode(wide);
        }

        /** SMT-LIB literal: hexadecimal when the width is a multiple of 4, binary otherwise. */
        @Override public String toString() {
            BigInteger u = unsigned();
            if (width % 4 == 0) {
                String digits = u.toString(16);
                return "#x" + "0".repeat(width / 4 - digits.length()) + digits;
            }
            String digits = u.toString(2);
            return "#b" + "0".repeat(width - digits.length()) + digits;
        }
    }
}
