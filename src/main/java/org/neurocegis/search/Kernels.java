package org.neurocegis.search;

import org.neurocegis.term.BitVecArith;
import org.neurocegis.term.Op;
import org.neurocegis.term.Semantics;
import org.neurocegis.term.Sort;

/**
 * Operators applied to whole value vectors at once: the enumerator's hot loop. A value vector holds one long per
 * example input: Bool as 0/1, bit-vectors up to 64 bits as their bits, Int exactly (see {@link ExactInts}). Every
 * kernel is total: Int never overflows, and Int division by zero takes {@link Semantics}' fixed interpretation.
 */
final class Kernels {
    private Kernels() {}

    static boolean apply(Op op, int[] indices, Sort[] argSorts, long[][] a, int[] off, long[] out, int o, int m) {
        int w = argSorts.length > 0 && argSorts[0] instanceof Sort.BitVecSort bv ? bv.width() : 0;
        switch (op) {
            case NOT: {
                long[] x = a[0]; int xo = off[0];
                for (int i = 0; i < m; i++) out[o + i] = x[xo + i] ^ 1L;
                return true;
            }
            case AND: case OR: case XOR: case BVAND: case BVOR: case BVXOR: {
                copy(a[0], off[0], out, o, m);
                for (int k = 1; k < a.length; k++) {
                    long[] y = a[k]; int yo = off[k];
                    if (op == Op.AND || op == Op.BVAND) for (int i = 0; i < m; i++) out[o + i] &= y[yo + i];
                    else if (op == Op.OR || op == Op.BVOR) for (int i = 0; i < m; i++) out[o + i] |= y[yo + i];
                    else for (int i = 0; i < m; i++) out[o + i] ^= y[yo + i];
                }
                return true;
            }
            case IMPLIES: {
                int last = a.length - 1;
                copy(a[last], off[last], out, o, m);
                for (int k = last - 1; k >= 0; k--) {
                    long[] x = a[k]; int xo = off[k];
                    for (int i = 0; i < m; i++) out[o + i] = (x[xo + i] ^ 1L) | out[o + i];
                }
                return true;
            }
            case EQ: {
                for (int i = 0; i < m; i++) out[o + i] = 1L;
                for (int k = 1; k < a.length; k++) {
                    long[] x = a[k - 1], y = a[k]; int xo = off[k - 1], yo = off[k];
                    for (int i = 0; i < m; i++) if (x[xo + i] != y[yo + i]) out[o + i] = 0L;
                }
                return true;
            }
            case DISTINCT: {
                for (int i = 0; i < m; i++) out[o + i] = 1L;
                for (int k = 0; k < a.length; k++)
                    for (int l = k + 1; l < a.length; l++)
                        for (int i = 0; i < m; i++) if (a[k][off[k] + i] == a[l][off[l] + i]) out[o + i] = 0L;
                return true;
            }
            case ITE: {
                long[] c = a[0], x = a[1], y = a[2]; int co = off[0], xo = off[1], yo = off[2];
                for (int i = 0; i < m; i++) out[o + i] = c[co + i] != 0 ? x[xo + i] : y[yo + i];
                return true;
            }
            case ADD: case SUB: case MUL: {
                if (op == Op.SUB && a.length == 1) {
                    long[] x = a[0]; int xo = off[0];
                    for (int i = 0; i < m; i++) {
                        long p = x[xo + i];
                        out[o + i] = ExactInts.direct(p) ? ExactInts.encode(-p) : ExactInts.encode(ExactInts.value(p).negate());
                    }
                    return true;
                }
                copy(a[0], off[0], out, o, m);
                for (int k = 1; k < a.length; k++) {
                    long[] y = a[k]; int yo = off[k];
                    for (int i = 0; i < m; i++) out[o + i] = arith(op, out[o + i], y[yo + i]);
                }
                return true;
            }
            case DIV: case MOD: {
                long[] x = a[0], y = a[1]; int xo = off[0], yo = off[1];
                for (int i = 0; i < m; i++) {
                    long p = x[xo + i], q = y[yo + i];
                    if (q != 0 && ExactInts.direct(p, q)) {
                        long r = Math.floorMod(p, Math.abs(q));
                        out[o + i] = op == Op.MOD ? r : (p - r) / q;
                    } else {
                        // SMT-LIB leaves division by zero unspecified: one fixed interpretation (Semantics'), so that
                        // rejecting a term on the examples stays sound; Z3 judges the candidate under all of them
                        java.math.BigInteger bp = ExactInts.value(p), bq = ExactInts.value(q);
                        out[o + i] = ExactInts.encode(op == Op.MOD ? Semantics.intMod(bp, bq) : Semantics.intDiv(bp, bq));
                    }
                }
                return true;
            }
            case ABS: {
                long[] x = a[0]; int xo = off[0];
                for (int i = 0; i < m; i++) {
                    long p = x[xo + i];
                    out[o + i] = ExactInts.direct(p) ? ExactInts.encode(Math.abs(p)) : ExactInts.encode(ExactInts.value(p).abs());
                }
                return true;
            }
            case LE: case LT: case GE: case GT: {
                for (int i = 0; i < m; i++) out[o + i] = 1L;
                for (int k = 1; k < a.length; k++) {
                    long[] x = a[k - 1], y = a[k]; int xo = off[k - 1], yo = off[k];
                    for (int i = 0; i < m; i++) {
                        int c = ExactInts.compare(x[xo + i], y[yo + i]);
                        boolean ok = op == Op.LE ? c <= 0 : op == Op.LT ? c < 0 : op == Op.GE ? c >= 0 : c > 0;
                        if (!ok) out[o + i] = 0L;
                    }
                }
                return true;
            }
            case BVULT: case BVULE: case BVUGT: case BVUGE: {
                long[] x = a[0], y = a[1]; int xo = off[0], yo = off[1];
                for (int i = 0; i < m; i++) {
                    int c = Long.compareUnsigned(x[xo + i], y[yo + i]);
                    boolean ok = op == Op.BVULT ? c < 0 : op == Op.BVULE ? c <= 0 : op == Op.BVUGT ? c > 0 : c >= 0;
                    out[o + i] = ok ? 1L : 0L;
                }
                return true;
            }
            case BVSLT: case BVSLE: case BVSGT: case BVSGE: {
                long[] x = a[0], y = a[1]; int xo = off[0], yo = off[1];
                for (int i = 0; i < m; i++) {
                    long p = BitVecArith.toSigned(x[xo + i], w), q = BitVecArith.toSigned(y[yo + i], w);
                    boolean ok = op == Op.BVSLT ? p < q : op == Op.BVSLE ? p <= q : op == Op.BVSGT ? p > q : p >= q;
                    out[o + i] = ok ? 1L : 0L;
                }
                return true;
            }
            case BVNOT: {
                long mask = BitVecArith.mask(w);
                long[] x = a[0]; int xo = off[0];
                for (int i = 0; i < m; i++) out[o + i] = ~x[xo + i] & mask;
                return true;
            }
            case BVNEG: {
                long mask = BitVecArith.mask(w);
                long[] x = a[0]; int xo = off[0];
                for (int i = 0; i < m; i++) out[o + i] = -x[xo + i] & mask;
                return true;
            }
            case BVADD: case BVMUL: {
                long mask = BitVecArith.mask(w);
                copy(a[0], off[0], out, o, m);
                for (int k = 1; k < a.length; k++) {
                    long[] y = a[k]; int yo = off[k];
                    if (op == Op.BVADD) for (int i = 0; i < m; i++) out[o + i] = (out[o + i] + y[yo + i]) & mask;
                    else for (int i = 0; i < m; i++) out[o + i] = (out[o + i] * y[yo + i]) & mask;
                }
                return true;
            }
            case BVSUB: {
                long mask = BitVecArith.mask(w);
                long[] x = a[0], y = a[1]; int xo = off[0], yo = off[1];
                for (int i = 0; i < m; i++) out[o + i] = (x[xo + i] - y[yo + i]) & mask;
                return true;
            }
            case BVSHL: {
                long mask = BitVecArith.mask(w);
                long[] x = a[0], y = a[1]; int xo = off[0], yo = off[1];
                for (int i = 0; i < m; i++) {
                    long s = y[yo + i];
                    out[o + i] = Long.compareUnsigned(s, w) >= 0 ? 0 : (x[xo + i] << s) & mask;
                }
                return true;
            }
            case BVLSHR: {
                long[] x = a[0], y = a[1]; int xo = off[0], yo = off[1];
                for (int i = 0; i < m; i++) {
                    long s = y[yo + i];
                    out[o + i] = Long.compareUnsigned(s, w) >= 0 ? 0 : x[xo + i] >>> s;
                }
                return true;
            }
            case BVCOMP: {
                long[] x = a[0], y = a[1]; int xo = off[0], yo = off[1];
                for (int i = 0; i < m; i++) out[o + i] = x[xo + i] == y[yo + i] ? 1L : 0L;
                return true;
            }
            case BVNAND: case BVNOR: case BVXNOR: case BVUDIV: case BVUREM: case BVSDIV: case BVSREM: case BVSMOD:
            case BVASHR: {
                long[] x = a[0], y = a[1]; int xo = off[0], yo = off[1];
                for (int i = 0; i < m; i++) out[o + i] = Semantics.narrowBinary(op, x[xo + i], y[yo + i], w);
                return true;
            }
            case EXTRACT: {
                long[] x = a[0]; int xo = off[0];
                int hi = indices[0], lo = indices[1];
                for (int i = 0; i < m; i++) out[o + i] = BitVecArith.extract(x[xo + i], hi, lo);
                return true;
            }
            case ZERO_EXTEND: {
                copy(a[0], off[0], out, o, m);
                return true;
            }
            case SIGN_EXTEND: {
                long[] x = a[0]; int xo = off[0];
                for (int i = 0; i < m; i++) out[o + i] = BitVecArith.signExtend(x[xo + i], indices[0], w);
                return true;
            }
            case ROTATE_LEFT: case ROTATE_RIGHT: {
                long[] x = a[0]; int xo = off[0];
                for (int i = 0; i < m; i++) {
                    out[o + i] = op == Op.ROTATE_LEFT ? BitVecArith.rotateLeft(x[xo + i], indices[0], w)
                            : BitVecArith.rotateRight(x[xo + i], indices[0], w);
                }
                return true;
            }
            case CONCAT: {
                copy(a[0], off[0], out, o, m);
                for (int k = 1; k < a.length; k++) {
                    int wk = ((Sort.BitVecSort) argSorts[k]).width();
                    long[] y = a[k]; int yo = off[k];
                    for (int i = 0; i < m; i++) out[o + i] = (out[o + i] << wk) | y[yo + i];
                }
                return true;
            }
            case REPEAT: {
                long[] x = a[0]; int xo = off[0];
                for (int i = 0; i < m; i++) {
                    long r = 0;
                    for (int k = 0; k < indices[0]; k++) r = (r << w) | x[xo + i];
                    out[o + i] = r;
                }
                return true;
            }
            default:
                throw new IllegalArgumentException("no kernel for " + op);
        }
    }

    /** Exact Int +, - or * on encoded values: the long fast path while operands and result stay direct. */
    private static long arith(Op op, long p, long q) {
        if (ExactInts.direct(p, q)) {
            // direct values have magnitude at most 2^62: sums and differences cannot overflow a long
            if (op == Op.ADD) return ExactInts.encode(p + q);
            if (op == Op.SUB) return ExactInts.encode(p - q);
            long r = p * q;
            if (Math.multiplyHigh(p, q) == (r >> 63)) return ExactInts.encode(r);
        }
        java.math.BigInteger bp = ExactInts.value(p), bq = ExactInts.value(q);
        return ExactInts.encode(op == Op.ADD ? bp.add(bq) : op == Op.SUB ? bp.subtract(bq) : bp.multiply(bq));
    }

    private static void copy(long[] from, int fo, long[] to, int o, int m) {
        System.arraycopy(from, fo, to, o, m);
    }
}
