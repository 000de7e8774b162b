package org.neurocegis.term;

import java.math.BigInteger;

/**
 * SMT-LIB bit-vector arithmetic, twice: on longs for widths up to 64 (the enumerator's hot loop uses these on
 * whole value vectors) and on BigIntegers for wider widths. Inputs are assumed normalised (bits above the width
 * are zero); results are normalised. Division by zero follows SMT-LIB: bvudiv gives all ones, bvurem the dividend.
 */
public final class BitVecArith {
    private BitVecArith() {}

    public static long mask(int width) {
        return width >= 64 ? -1L : (1L << width) - 1;
    }

    /** Sign-extends the low {@code width} bits to a full long. */
    public static long toSigned(long a, int width) {
        int shift = 64 - width;
        return (a << shift) >> shift;
    }

    public static boolean msb(long a, int width) {
        return ((a >>> (width - 1)) & 1L) != 0;
    }

    public static long neg(long a, int w) { return (-a) & mask(w); }
    public static long not(long a, int w) { return (~a) & mask(w); }
    public static long add(long a, long b, int w) { return (a + b) & mask(w); }
    public static long sub(long a, long b, int w) { return (a - b) & mask(w); }
    public static long mul(long a, long b, int w) { return (a * b) & mask(w); }

    public static long udiv(long a, long b, int w) {
        return b == 0 ? mask(w) : Long.divideUnsigned(a, b);
    }

    public static long urem(long a, long b, int w) {
        return b == 0 ? a : Long.remainderUnsigned(a, b);
    }

    public static long sdiv(long a, long b, int w) {
        boolean na = msb(a, w), nb = msb(b, w);
        if (!na && !nb) return udiv(a, b, w);
        if (na && !nb) return neg(udiv(neg(a, w), b, w), w);
        if (!na) return neg(udiv(a, neg(b, w), w), w);
        return udiv(neg(a, w), neg(b, w), w);
    }

    public static long srem(long a, long b, int w) {
        boolean na = msb(a, w), nb = msb(b, w);
        if (!na && !nb) return urem(a, b, w);
        if (na && !nb) return neg(urem(neg(a, w), b, w), w);
        if (!na) return urem(a, neg(b, w), w);
        return neg(urem(neg(a, w), neg(b, w), w), w);
    }

    public static long smod(long a, long b, int w) {
        boolean na = msb(a, w), nb = msb(b, w);
        long absA = na ? neg(a, w) : a;
        long absB = nb ? neg(b, w) : b;
        long u = urem(absA, absB, w);
        if (u == 0 || (!na && !nb)) return u;
        if (na && !nb) return add(neg(u, w), b, w);
        if (!na) return add(u, b, w);
        return neg(u, w);
    }

    public static long shl(long a, long b, int w) {
        return Long.compareUnsigned(b, w) >= 0 ? 0 : (a << b) & mask(w);
    }

    public static long lshr(long a, long b, int w) {
        return Long.compareUnsigned(b, w) >= 0 ? 0 : a >>> b;
    }

    public static long ashr(long a, long b, int w) {
        long s = toSigned(a, w);
        long shift = Long.compareUnsigned(b, w) >= 0 ? 63 : b;
        return (s >> shift) & mask(w);
    }

    public static long rotateLeft(long a, int n, int w) {
        n = n % w;
        if (n == 0) return a;
        return ((a << n) | (a >>> (w - n))) & mask(w);
    }

    public static long rotateRight(long a, int n, int w) {
        return rotateLeft(a, w - (n % w), w);
    }

    public static boolean ult(long a, long b) { return Long.compareUnsigned(a, b) < 0; }
    public static boolean ule(long a, long b) { return Long.compareUnsigned(a, b) <= 0; }
    public static boolean slt(long a, long b, int w) { return toSigned(a, w) < toSigned(b, w); }
    public static boolean sle(long a, long b, int w) { return toSigned(a, w) <= toSigned(b, w); }

    public static long extract(long a, int hi, int lo) {
        return (a >>> lo) & mask(hi - lo + 1);
    }

    public static long signExtend(long a, int extra, int w) {
        return toSigned(a, w) & mask(w + extra);
    }

    // ---- wide path (any width) ----

    public static BigInteger truncate(BigInteger v, int width) {
        BigInteger modulus = BigInteger.ONE.shiftLeft(width);
        BigInteger r = v.mod(modulus);
        return r;
    }

    private static BigInteger allOnes(int w) {
        return BigInteger.ONE.shiftLeft(w).subtract(BigInteger.ONE);
    }

    public static BigInteger neg(BigInteger a, int w) { return truncate(a.negate(), w); }
    public static BigInteger not(BigInteger a, int w) { return allOnes(w).xor(a); }
    public static BigInteger add(BigInteger a, BigInteger b, int w) { return truncate(a.add(b), w); }
    public static BigInteger sub(BigInteger a, BigInteger b, int w) { return truncate(a.subtract(b), w); }
    public static BigInteger mul(BigInteger a, BigInteger b, int w) { return truncate(a.multiply(b), w); }

    public static BigInteger udiv(BigInteger a, BigInteger b, int w) {
        return b.signum() == 0 ? allOnes(w) : a.divide(b);
    }

    public static BigInteger urem(BigInteger a, BigInteger b, int w) {
        return b.signum() == 0 ? a : a.mod(b);
    }

    private static boolean msb(BigInteger a, int w) { return a.testBit(w - 1); }

    public static BigInteger sdiv(BigInteger a, BigInteger b, int w) {
        boolean na = msb(a, w), nb = msb(b, w);
        if (!na && !nb) return udiv(a, b, w);
        if (na && !nb) return neg(udiv(neg(a, w), b, w), w);
        if (!na) return neg(udiv(a, neg(b, w), w), w);
        return udiv(neg(a, w), neg(b, w), w);
    }

    public static BigInteger srem(BigInteger a, BigInteger b, int w) {
        boolean na = msb(a, w), nb = msb(b, w);
        if (!na && !nb) return urem(a, b, w);
        if (na && !nb) return neg(urem(neg(a, w), b, w), w);
        if (!na) return urem(a, neg(b, w), w);
        return neg(urem(neg(a, w), neg(b, w), w), w);
    }

    public static BigInteger smod(BigInteger a, BigInteger b, int w) {
        boolean na = msb(a, w), nb = msb(b, w);
        BigInteger absA = na ? neg(a, w) : a;
        BigInteger absB = nb ? neg(b, w) : b;
        BigInteger u = urem(absA, absB, w);
        if (u.signum() == 0 || (!na && !nb)) return u;
        if (na && !nb) return add(neg(u, w), b, w);
        if (!na) return add(u, b, w);
        return neg(u, w);
    }

    public static BigInteger shl(BigInteger a, BigInteger b, int w) {
        return b.compareTo(BigInteger.valueOf(w)) >= 0 ? BigInteger.ZERO : truncate(a.shiftLeft(b.intValue()), w);
    }

    public static BigInteger lshr(BigInteger a, BigInteger b, int w) {
        return b.compareTo(BigInteger.valueOf(w)) >= 0 ? BigInteger.ZERO : a.shiftRight(b.intValue());
    }

    public static BigInteger ashr(BigInteger a, BigInteger b, int w) {
        BigInteger signed = toSigned(a, w);
        int shift = b.compareTo(BigInteger.valueOf(w)) >= 0 ? w : b.intValue();
        return truncate(signed.shiftRight(shift), w);
    }

    public static BigInteger toSigned(BigInteger a, int w) {
        return a.testBit(w - 1) ? a.subtract(BigInteger.ONE.shiftLeft(w)) : a;
    }

    public static BigInteger rotateLeft(BigInteger a, int n, int w) {
        n = n % w;
        if (n == 0) return a;
        return truncate(a.shiftLeft(n).or(a.shiftRight(w - n)), w);
    }

    public static BigInteger rotateRight(BigInteger a, int n, int w) {
        return rotateLeft(a, w - (n % w), w);
    }
}
