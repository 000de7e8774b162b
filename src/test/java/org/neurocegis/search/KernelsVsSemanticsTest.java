package org.neurocegis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.neurocegis.term.Op;
import org.neurocegis.term.Semantics;
import org.neurocegis.term.Sort;
import org.neurocegis.term.SortException;
import org.neurocegis.term.Value;

/**
 * The enumerator's vector kernels against the scalar semantics, operator by operator, on random and edge-case
 * values (Int past the long range too): an infeasibility claim rests on the kernels being exact.
 */
class KernelsVsSemanticsTest {
    private static final int M = 64;
    private static final int[] WIDTHS = {1, 3, 8, 16, 31, 32, 63, 64};

    @Test
    void everyBitVectorOperatorAgreesWithTheSemantics() {
        Random random = new Random(7);
        int compared = 0;
        for (Op op : Op.values()) {
            for (int w : WIDTHS) {
                for (int arity = 1; arity <= 3; arity++) {
                    List<Integer> indices = indicesFor(op, w);
                    List<Sort> sorts = new ArrayList<>();
                    for (int k = 0; k < arity; k++) sorts.add(op == Op.ITE && k == 0 ? Sort.BOOL : Sort.bitVec(w));
                    Sort result;
                    try {
                        result = op.resultSort(indices, sorts);
                    } catch (SortException ex) {
                        continue;
                    }
                    if (result instanceof Sort.BitVecSort bv && bv.width() > 64) continue;
                    compared += compare(op, indices, sorts, random);
                }
            }
        }
        assertTrue(compared > 5000, "compared only " + compared + " values");
    }

    @Test
    void everyIntegerAndBooleanOperatorAgreesWithTheSemantics() {
        Random random = new Random(11);
        int compared = 0;
        for (Op op : Op.values()) {
            for (Sort s : List.of(Sort.INT, Sort.BOOL)) {
                for (int arity = 1; arity <= 3; arity++) {
                    List<Sort> sorts = new ArrayList<>();
                    for (int k = 0; k < arity; k++) sorts.add(op == Op.ITE && k == 0 ? Sort.BOOL : s);
                    try {
                        op.resultSort(List.of(), sorts);
                    } catch (SortException ex) {
                        continue;
                    }
                    compared += compare(op, List.of(), sorts, random);
                }
            }
        }
        assertTrue(compared > 2000, "compared only " + compared + " values");
    }

    @Test
    void integersPastTheLongRangeStayExact() {
        long max = ExactInts.encode(Long.MAX_VALUE);
        long[] out = new long[1];
        Sort[] sorts = {Sort.INT, Sort.INT};
        assertTrue(Kernels.apply(Op.ADD, new int[0], sorts, new long[][] {{max}, {1}}, new int[2], out, 0, 1));
        assertEquals(Value.of(BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE)), VectorProgram.decode(out[0], Sort.INT));
        long big = out[0];
        assertTrue(Kernels.apply(Op.SUB, new int[0], sorts, new long[][] {{big}, {1}}, new int[2], out, 0, 1));
        assertEquals(Long.MAX_VALUE, ExactInts.value(out[0]).longValueExact(), "back into range");
        assertEquals(max, out[0], "one encoding per number");
        assertTrue(Kernels.apply(Op.MUL, new int[0], sorts, new long[][] {{1L << 40}, {1L << 40}}, new int[2], out, 0, 1));
        assertEquals(Value.of(BigInteger.ONE.shiftLeft(80)), VectorProgram.decode(out[0], Sort.INT));
        assertTrue(Kernels.apply(Op.GT, new int[0], sorts, new long[][] {{out[0]}, {max}}, new int[2], out, 0, 1));
        assertEquals(1L, out[0]);
    }

    @Test
    void divisionByZeroTakesTheSemanticsFixedInterpretation() {
        long[] out = new long[2];
        Sort[] sorts = {Sort.INT, Sort.INT};
        assertTrue(Kernels.apply(Op.DIV, new int[0], sorts, new long[][] {{5, -7}, {0, 0}}, new int[2], out, 0, 2));
        assertEquals(Semantics.intDiv(BigInteger.valueOf(5), BigInteger.ZERO).longValue(), out[0]);
        assertTrue(Kernels.apply(Op.MOD, new int[0], sorts, new long[][] {{5, -7}, {0, 0}}, new int[2], out, 0, 2));
        assertEquals(Semantics.intMod(BigInteger.valueOf(-7), BigInteger.ZERO).longValue(), out[1]);
    }

    private static List<Integer> indicesFor(Op op, int w) {
        return switch (op.indexCount()) {
            case 2 -> List.of(w - 1, w / 2);
            case 1 -> List.of(op == Op.REPEAT ? Math.max(1, 64 / w / 2) : (op == Op.ROTATE_LEFT || op == Op.ROTATE_RIGHT ? w + 3 : 64 - w > 0 ? Math.min(5, 64 - w) : 0));
            default -> List.of();
        };
    }

    private static int compare(Op op, List<Integer> indices, List<Sort> sorts, Random random) {
        long[][] args = new long[sorts.size()][M];
        int[] offsets = new int[sorts.size()];
        for (int k = 0; k < sorts.size(); k++) for (int i = 0; i < M; i++) args[k][i] = sample(sorts.get(k), random, i);
        long[] out = new long[M];
        int[] idx = indices.stream().mapToInt(Integer::intValue).toArray();
        assertTrue(Kernels.apply(op, idx, sorts.toArray(new Sort[0]), args, offsets, out, 0, M), op + " is total");
        Sort result = op.resultSort(indices, sorts);
        for (int i = 0; i < M; i++) {
            List<Value> values = new ArrayList<>();
            for (int k = 0; k < sorts.size(); k++) values.add(VectorProgram.decode(args[k][i], sorts.get(k)));
            Value expected = Semantics.apply(op, indices, values);
            assertEquals(expected, VectorProgram.decode(out[i], result), op + " " + indices + " on " + values);
        }
        return M;
    }

    private static long sample(Sort s, Random random, int i) {
        if (s.equals(Sort.BOOL)) return random.nextBoolean() ? 1 : 0;
        if (s.equals(Sort.INT)) {
            long[] edges = {0, 1, -1, 2, -2, 7, -7, 3, -3, 100, Long.MAX_VALUE, Long.MIN_VALUE, 1L << 62, -(1L << 62),
                    (1L << 62) - 1, -(1L << 62) - 1, 3037000500L};
            if (i < edges.length) return ExactInts.encode(edges[i]);
            if (i % 5 == 0) return ExactInts.encode(new BigInteger(100, random).subtract(BigInteger.ONE.shiftLeft(99)));
            return random.nextInt(2001) - 1000;
        }
        int w = ((Sort.BitVecSort) s).width();
        long mask = w == 64 ? -1L : (1L << w) - 1;
        long[] edges = {0, 1, mask, mask >>> 1, (mask >>> 1) + 1, w, w + 1, 2};
        if (i < edges.length) return edges[i] & mask;
        return (i % 3 == 0 ? random.nextInt(w + 2) : random.nextLong()) & mask;
    }

}
