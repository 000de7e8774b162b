package org.neurocegis.term;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Sort checking of operator applications: the result sorts, and the refusals. */
class OpSortTest {
    private static final Sort BV8 = Sort.bitVec(8);

    private static Sort sortOf(Op op, List<Integer> indices, Sort... args) {
        return op.resultSort(indices, List.of(args));
    }

    private static String refused(Op op, List<Integer> indices, Sort... args) {
        return assertThrows(SortException.class, () -> op.resultSort(indices, List.of(args)),
                op + " " + indices + " " + List.of(args)).getMessage();
    }

    @Test
    void resultSorts() {
        assertEquals(Sort.bitVec(24), sortOf(Op.CONCAT, List.of(), BV8, Sort.bitVec(16)));
        assertEquals(Sort.bitVec(4), sortOf(Op.EXTRACT, List.of(7, 4), BV8));
        assertEquals(Sort.bitVec(72), sortOf(Op.ZERO_EXTEND, List.of(64), BV8));
        assertEquals(Sort.bitVec(8), sortOf(Op.SIGN_EXTEND, List.of(0), BV8));
        assertEquals(Sort.bitVec(24), sortOf(Op.REPEAT, List.of(3), BV8));
        assertEquals(Sort.bitVec(1), sortOf(Op.BVCOMP, List.of(), BV8, BV8));
        assertEquals(Sort.BOOL, sortOf(Op.BVSLT, List.of(), BV8, BV8));
        assertEquals(Sort.INT, sortOf(Op.SUB, List.of(), Sort.INT));
        assertEquals(Sort.BOOL, sortOf(Op.EQ, List.of(), BV8, BV8, BV8));
        assertEquals(BV8, sortOf(Op.ITE, List.of(), Sort.BOOL, BV8, BV8));
        assertEquals(Sort.bitVec(Sort.BitVecSort.MAX_WIDTH), sortOf(Op.ZERO_EXTEND,
                List.of(Sort.BitVecSort.MAX_WIDTH - 8), BV8));
    }

    @Test
    void refusals() {
        assertTrue(refused(Op.BVADD, List.of(), BV8, Sort.INT).contains("same bit-vector sort"));
        assertTrue(refused(Op.BVADD, List.of(), BV8, Sort.bitVec(16)).contains("same bit-vector sort"));
        assertTrue(refused(Op.ADD, List.of(), Sort.INT).contains("at least 2"));
        assertTrue(refused(Op.NOT, List.of(), Sort.BOOL, Sort.BOOL).contains("expects 1 argument"));
        assertTrue(refused(Op.EXTRACT, List.of(8, 0), BV8).contains("7 >= i >= j >= 0"));
        assertTrue(refused(Op.EXTRACT, List.of(2, 3), BV8).contains("7 >= i >= j >= 0"));
        assertTrue(refused(Op.EXTRACT, List.of(7), BV8).contains("takes 2 indices"));
        assertTrue(refused(Op.BVNOT, List.of(1), BV8).contains("takes no indices"));
        assertTrue(refused(Op.REPEAT, List.of(0), BV8).contains("at least 1"));
        assertTrue(refused(Op.ITE, List.of(), Sort.INT, BV8, BV8).contains("Bool condition"));
        assertTrue(refused(Op.LE, List.of(), BV8, BV8).contains("sort Int"));
        assertTrue(refused(Op.BVULT, List.of(), Sort.INT, Sort.INT).contains("bit-vector"));
    }

    @Test
    void computedWidthsCannotOverflowOrExceedTheMaximum() {
        // 8 * 536870913 = 2^32 + 8, which an int multiplication wraps around to 8
        assertTrue(refused(Op.REPEAT, List.of(536870913), BV8).contains("4294967304 bits"));
        assertTrue(refused(Op.REPEAT, List.of(3_000_000), BV8).contains("24000000 bits"));
        Sort big = Sort.bitVec(Sort.BitVecSort.MAX_WIDTH);
        assertTrue(refused(Op.CONCAT, List.of(), big, Sort.bitVec(1)).contains("16777216 bits"));
        assertTrue(refused(Op.ZERO_EXTEND, List.of(Integer.MAX_VALUE), BV8).contains("2147483655 bits"));
        assertTrue(refused(Op.SIGN_EXTEND, List.of(Sort.BitVecSort.MAX_WIDTH), Sort.bitVec(1)).contains("16777216 bits"));
    }
}
