package org.neurocegis.neural;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.neurocegis.search.Examples;
import org.neurocegis.sygus.SynthFun;
import org.neurocegis.term.Sort;
import org.neurocegis.term.Term;
import org.neurocegis.term.Value;

/**
 * A property signature (BUSTLE, Odena et al. 2021): a relation between the output and the inputs of an example,
 * reduced over all examples to all / none / mixed / not applicable. For a relation on one input (or a pair), the
 * best input counts: "all" if it holds everywhere for some input, "mixed" if for some input it holds somewhere.
 */
record Property(String name, Kind kind, Arity arity, Relation relation) {
    enum Kind { BV, INT, BOOL }
    enum Arity { OUTPUT, UNARY, BINARY }

    static final int ALL = 0, NONE = 1, MIXED = 2, NOT_APPLICABLE = 3;

    /** {@code o}, {@code x}, {@code y} as unsigned bits of width {@code w} (BV), as numbers (Int), or 0/1 (Bool). */
    interface Relation {
        boolean test(long o, long x, long y, int w);
    }

    private static long mask(long v, int w) {
        return w >= 64 ? v : v & ((1L << w) - 1);
    }

    private static long signed(long v, int w) {
        return w >= 64 ? v : (v << (64 - w)) >> (64 - w);
    }

    static final List<Property> SIGNATURES = List.of(
            // bit-vector output and one input
            new Property("bv_eq_x", Kind.BV, Arity.UNARY, (o, x, y, w) -> o == x),
            new Property("bv_not_x", Kind.BV, Arity.UNARY, (o, x, y, w) -> o == mask(~x, w)),
            new Property("bv_neg_x", Kind.BV, Arity.UNARY, (o, x, y, w) -> o == mask(-x, w)),
            new Property("bv_shl1_x", Kind.BV, Arity.UNARY, (o, x, y, w) -> o == mask(x << 1, w)),
            new Property("bv_lshr1_x", Kind.BV, Arity.UNARY, (o, x, y, w) -> o == x >>> 1),
            new Property("bv_ashr1_x", Kind.BV, Arity.UNARY, (o, x, y, w) -> o == mask(signed(x, w) >> 1, w)),
            new Property("bv_inc_x", Kind.BV, Arity.UNARY, (o, x, y, w) -> o == mask(x + 1, w)),
            new Property("bv_dec_x", Kind.BV, Arity.UNARY, (o, x, y, w) -> o == mask(x - 1, w)),
            new Property("bv_subset_x", Kind.BV, Arity.UNARY, (o, x, y, w) -> (o & ~x) == 0),
            new Property("bv_superset_x", Kind.BV, Arity.UNARY, (o, x, y, w) -> (x & ~o) == 0),
            new Property("bv_popcount_eq_x", Kind.BV, Arity.UNARY, (o, x, y, w) -> Long.bitCount(o) == Long.bitCount(x)),
            new Property("bv_popcount_lt_x", Kind.BV, Arity.UNARY, (o, x, y, w) -> Long.bitCount(o) < Long.bitCount(x)),
            new Property("bv_ult_x", Kind.BV, Arity.UNARY, (o, x, y, w) -> Long.compareUnsigned(o, x) < 0),
            new Property("bv_slt_x", Kind.BV, Arity.UNARY, (o, x, y, w) -> signed(o, w) < signed(x, w)),
            new Property("bv_clear_lowest_x", Kind.BV, Arity.UNARY, (o, x, y, w) -> o == mask(x & (x - 1), w)),
            new Property("bv_lowest_x", Kind.BV, Arity.UNARY, (o, x, y, w) -> o == mask(x & -x, w)),
            new Property("bv_set_lowest_zero_x", Kind.BV, Arity.UNARY, (o, x, y, w) -> o == mask(x | (x + 1), w)),
            new Property("bv_xor_dec_x", Kind.BV, Arity.UNARY, (o, x, y, w) -> o == mask(x ^ (x - 1), w)),
            new Property("bv_low_bit_x", Kind.BV, Arity.UNARY, (o, x, y, w) -> (o & 1) == (x & 1)),
            new Property("bv_top_bits_x", Kind.BV, Arity.UNARY, (o, x, y, w) -> (o >>> (w - 1)) == (x >>> (w - 1))),
            new Property("bv_shifted_x", Kind.BV, Arity.UNARY, (o, x, y, w) -> {
                for (int s = 2; s < Math.min(w, 64); s++) if (o == mask(x << s, w) || o == x >>> s) return true;
                return false;
            }),
            new Property("bv_masked_x", Kind.BV, Arity.UNARY, (o, x, y, w) -> o != x && (o & ~x) == 0 && o != 0),
            // bit-vector output alone
            new Property("bv_zero", Kind.BV, Arity.OUTPUT, (o, x, y, w) -> o == 0),
            new Property("bv_ones", Kind.BV, Arity.OUTPUT, (o, x, y, w) -> o == mask(-1L, w)),
            new Property("bv_one", Kind.BV, Arity.OUTPUT, (o, x, y, w) -> o == 1),
            new Property("bv_power_of_two", Kind.BV, Arity.OUTPUT, (o, x, y, w) -> Long.bitCount(o) == 1),
            new Property("bv_odd", Kind.BV, Arity.OUTPUT, (o, x, y, w) -> (o & 1) == 1),
            new Property("bv_top_bit", Kind.BV, Arity.OUTPUT, (o, x, y, w) -> (o >>> (w - 1) & 1) == 1),
            new Property("bv_small", Kind.BV, Arity.OUTPUT, (o, x, y, w) -> Long.compareUnsigned(o, 256) < 0),
            new Property("bv_low_mask", Kind.BV, Arity.OUTPUT, (o, x, y, w) -> (o & (o + 1)) == 0),
            // bit-vector output and two inputs
            new Property("bv_and_xy", Kind.BV, Arity.BINARY, (o, x, y, w) -> o == (x & y)),
            new Property("bv_or_xy", Kind.BV, Arity.BINARY, (o, x, y, w) -> o == (x | y)),
            new Property("bv_xor_xy", Kind.BV, Arity.BINARY, (o, x, y, w) -> o == (x ^ y)),
            new Property("bv_add_xy", Kind.BV, Arity.BINARY, (o, x, y, w) -> o == mask(x + y, w)),
            new Property("bv_sub_xy", Kind.BV, Arity.BINARY, (o, x, y, w) -> o == mask(x - y, w)),
            new Property("bv_one_of_xy", Kind.BV, Arity.BINARY, (o, x, y, w) -> o == x || o == y),
            new Property("bv_umax_xy", Kind.BV, Arity.BINARY, (o, x, y, w) -> o == (Long.compareUnsigned(x, y) >= 0 ? x : y)),
            // integer output
            new Property("int_eq_x", Kind.INT, Arity.UNARY, (o, x, y, w) -> o == x),
            new Property("int_neg_x", Kind.INT, Arity.UNARY, (o, x, y, w) -> o == -x),
            new Property("int_inc_x", Kind.INT, Arity.UNARY, (o, x, y, w) -> o == x + 1),
            new Property("int_dec_x", Kind.INT, Arity.UNARY, (o, x, y, w) -> o == x - 1),
            new Property("int_ge_x", Kind.INT, Arity.UNARY, (o, x, y, w) -> o >= x),
            new Property("int_double_x", Kind.INT, Arity.UNARY, (o, x, y, w) -> o == 2 * x),
            new Property("int_abs_x", Kind.INT, Arity.UNARY, (o, x, y, w) -> o == Math.abs(x)),
            new Property("int_offset_x", Kind.INT, Arity.UNARY, (o, x, y, w) -> Math.abs(o - x) <= 3 && o != x),
            new Property("int_zero", Kind.INT, Arity.OUTPUT, (o, x, y, w) -> o == 0),
            new Property("int_one", Kind.INT, Arity.OUTPUT, (o, x, y, w) -> o == 1),
            new Property("int_nonneg", Kind.INT, Arity.OUTPUT, (o, x, y, w) -> o >= 0),
            new Property("int_small", Kind.INT, Arity.OUTPUT, (o, x, y, w) -> Math.abs(o) <= 16),
            new Property("int_add_xy", Kind.INT, Arity.BINARY, (o, x, y, w) -> o == x + y),
            new Property("int_sub_xy", Kind.INT, Arity.BINARY, (o, x, y, w) -> o == x - y),
            new Property("int_max_xy", Kind.INT, Arity.BINARY, (o, x, y, w) -> o == Math.max(x, y)),
            new Property("int_min_xy", Kind.INT, Arity.BINARY, (o, x, y, w) -> o == Math.min(x, y)),
            new Property("int_one_of_xy", Kind.INT, Arity.BINARY, (o, x, y, w) -> o == x || o == y),
            // Boolean output
            new Property("bool_true", Kind.BOOL, Arity.OUTPUT, (o, x, y, w) -> o == 1),
            new Property("bool_eq_x", Kind.BOOL, Arity.UNARY, (o, x, y, w) -> o == x),
            new Property("bool_eq_xy", Kind.BOOL, Arity.BINARY, (o, x, y, w) -> (o == 1) == (x == y)),
            new Property("bool_lt_xy", Kind.BOOL, Arity.BINARY, (o, x, y, w) -> (o == 1) == (x < y)),
            new Property("bool_ult_xy", Kind.BOOL, Arity.BINARY, (o, x, y, w) -> (o == 1) == (Long.compareUnsigned(x, y) < 0)));

    /** The number of examples a signature looks at (the first ones; enough to tell all from mixed). */
    private static final int MAX_EXAMPLES = 64;
    private static final int MAX_INPUTS = 4;

    /** Reduces the property over the examples with a fixed output: {@link #ALL}, {@link #NONE}, {@link #MIXED} or n/a. */
    int reduce(SynthFun f, Examples examples) {
        Sort ret = f.returnSort();
        Kind outKind = kindOf(ret);
        if (outKind != kind) return NOT_APPLICABLE;
        int w = ret instanceof Sort.BitVecSort bv ? bv.width() : 64;
        if (w > 64) return NOT_APPLICABLE;
        // the inputs compared with the output: parameters of the output's sort (for Bool relations on two inputs:
        // parameters of any one non-Bool sort, the first such)
        List<Integer> params = new ArrayList<>();
        Sort inputSort = ret;
        if (kind == Kind.BOOL && arity == Arity.BINARY) {
            inputSort = null;
            for (Term.Var p : f.params()) if (!p.sort().equals(Sort.BOOL)) { inputSort = p.sort(); break; }
            if (inputSort == null) return NOT_APPLICABLE;
        }
        for (int i = 0; i < f.params().size() && params.size() < MAX_INPUTS; i++) {
            if (f.params().get(i).sort().equals(inputSort)) params.add(i);
        }
        int inputWidth = inputSort instanceof Sort.BitVecSort bv ? bv.width() : 64;
        if (inputWidth > 64) return NOT_APPLICABLE;
        List<long[]> rows = new ArrayList<>(); // output, then the chosen inputs
        for (int e = 0; e < examples.size() && rows.size() < MAX_EXAMPLES; e++) {
            Value out = examples.outputs().get(e);
            if (out == null) continue;
            long[] row = new long[1 + params.size()];
            Long o = asLong(out);
            if (o == null) continue;
            row[0] = o;
            boolean ok = true;
            for (int k = 0; k < params.size(); k++) {
                Long x = asLong(examples.inputs().get(e).get(params.get(k)));
                if (x == null) { ok = false; break; }
                row[1 + k] = x;
            }
            if (ok) rows.add(row);
        }
        if (rows.isEmpty()) return NOT_APPLICABLE;
        return switch (arity) {
            case OUTPUT -> reduceOver(rows, 0, 0, w);
            case UNARY -> {
                if (params.isEmpty()) yield NOT_APPLICABLE;
                int best = NONE;
                for (int k = 0; k < params.size(); k++) best = better(best, reduceOver(rows, 1 + k, 1 + k, w));
                yield best;
            }
            case BINARY -> {
                if (params.size() < 2) yield NOT_APPLICABLE;
                int best = NONE;
                for (int a = 0; a < params.size(); a++)
                    for (int c = 0; c < params.size(); c++)
                        if (a != c) best = better(best, reduceOver(rows, 1 + a, 1 + c, w));
                yield best;
            }
        };
    }

    private int reduceOver(List<long[]> rows, int xi, int yi, int w) {
        int yes = 0;
        for (long[] r : rows) if (relation.test(r[0], xi == 0 ? 0 : r[xi], yi == 0 ? 0 : r[yi], w)) yes++;
        return yes == rows.size() ? ALL : yes == 0 ? NONE : MIXED;
    }

    private static int better(int a, int b) {
        if (a == ALL || b == ALL) return ALL;
        if (a == MIXED || b == MIXED) return MIXED;
        return NONE;
    }

    private static Kind kindOf(Sort s) {
        if (s instanceof Sort.BitVecSort) return Kind.BV;
        return s.equals(Sort.INT) ? Kind.INT : Kind.BOOL;
    }

    private static final BigInteger LIMIT = BigInteger.ONE.shiftLeft(40);

    private static Long asLong(Value v) {
        if (v instanceof Value.BoolValue b) return b.value() ? 1L : 0L;
        if (v instanceof Value.BitVecValue bv) return bv.width() <= 64 ? bv.bits() : null;
        BigInteger i = ((Value.IntValue) v).value();
        return i.abs().compareTo(LIMIT) < 0 ? i.longValue() : null;
    }
}
