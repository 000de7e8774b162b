package org.neurocegis.term;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import org.neurocegis.term.Value.BitVecValue;

/**
 * The evaluator on every operator, with expected values worked out by hand from the SMT-LIB definitions
 * (FixedSizeBitVectors, Ints, Core) and written as literals. Bit-vector operators are exercised at widths 1, 8, 32,
 * 64 (the long path) and 65/128 (the BigInteger path), including the cases that cross the 64-bit boundary.
 */
class SemanticsTest {

    // ------------------------------------------------------------------ the table

    record Case(Op op, List<Integer> indices, List<Value> args, Value expected) {
        String describe() {
            StringBuilder sb = new StringBuilder("(");
            if (indices.isEmpty()) {
                sb.append(op.smtName());
            } else {
                sb.append("(_ ").append(op.smtName());
                for (int i : indices) sb.append(' ').append(i);
                sb.append(')');
            }
            for (Value v : args) sb.append(' ').append(show(v));
            return sb.append(") = ").append(show(expected)).toString();
        }
    }

    private static String show(Value v) {
        if (v instanceof BitVecValue b) return b + "[" + b.width() + "]";
        return v.toString();
    }

    private static final List<Case> CASES = new ArrayList<>();

    /** A case under construction: {@code op(args...).is(expected)}. */
    private record Pending(Op op, List<Integer> indices, List<Value> args) {
        void is(Value expected) {
            CASES.add(new Case(op, indices, args, expected));
        }
    }

    private static Pending op(Op op, Value... args) {
        return new Pending(op, List.of(), List.of(args));
    }

    private static Pending op(Op op, int index, Value arg) {
        return new Pending(op, List.of(index), List.of(arg));
    }

    private static Pending extract(int hi, int lo, Value arg) {
        return new Pending(Op.EXTRACT, List.of(hi, lo), List.of(arg));
    }

    /** A bit-vector of the given width from hexadecimal digits (underscores ignored); the digits must fit the width. */
    private static BitVecValue x(int width, String hex) {
        BigInteger v = new BigInteger(hex.replace("_", ""), 16);
        if (v.bitLength() > width) throw new IllegalArgumentException("#x" + hex + " does not fit in " + width + " bits");
        return BitVecValue.of(width, v);
    }

    /** A bit-vector from binary digits; the width is the number of digits. */
    private static BitVecValue b(String bits) {
        return BitVecValue.of(bits.length(), new BigInteger(bits, 2));
    }

    private static Value i(long v) {
        return Value.of(v);
    }

    private static Value i(String decimal) {
        return Value.of(new BigInteger(decimal));
    }

    private static final Value T = Value.TRUE;
    private static final Value F = Value.FALSE;

    // width 1
    private static final BitVecValue B0 = b("0");
    private static final BitVecValue B1 = b("1");
    // width 64
    private static final String ONES64 = "ffff_ffff_ffff_ffff";
    private static final String MIN64 = "8000_0000_0000_0000";
    private static final String MAX64 = "7fff_ffff_ffff_ffff";
    // width 65: one bit above the long path
    private static final String ONES65 = "1_ffff_ffff_ffff_ffff";
    private static final String MIN65 = "1_0000_0000_0000_0000";
    private static final String MAX65 = "0_ffff_ffff_ffff_ffff";
    private static final String M7_65 = "1_ffff_ffff_ffff_fff9"; // -7
    private static final String M3_65 = "1_ffff_ffff_ffff_fffd"; // -3
    private static final String M2_65 = "1_ffff_ffff_ffff_fffe"; // -2
    // width 128
    private static final String ONES128 = "ffff_ffff_ffff_ffff_ffff_ffff_ffff_ffff";
    private static final String MIN128 = "8000_0000_0000_0000_0000_0000_0000_0000";
    private static final String MAX128 = "7fff_ffff_ffff_ffff_ffff_ffff_ffff_ffff";
    private static final String M7_128 = "ffff_ffff_ffff_ffff_ffff_ffff_ffff_fff9";
    private static final String M3_128 = "ffff_ffff_ffff_ffff_ffff_ffff_ffff_fffd";
    private static final String M2_128 = "ffff_ffff_ffff_ffff_ffff_ffff_ffff_fffe";
    private static final String BIG128 = "0123_4567_89ab_cdef_fedc_ba98_7654_3210";

    static {
        core();
        ints();
        bitwise();
        arithmetic();
        division();
        shifts();
        comparisons();
        structural();
    }

    // ------------------------------------------------------------------ Core

    private static void core() {
        op(Op.NOT, T).is(F);
        op(Op.NOT, F).is(T);

        op(Op.AND, T, T).is(T);
        op(Op.AND, T, F).is(F);
        op(Op.AND, F, F).is(F);
        op(Op.AND, T, T, T).is(T);
        op(Op.AND, T, T, F).is(F);

        op(Op.OR, F, F).is(F);
        op(Op.OR, F, T).is(T);
        op(Op.OR, F, F, F).is(F);
        op(Op.OR, F, F, T).is(T);

        op(Op.XOR, T, T).is(F);
        op(Op.XOR, T, F).is(T);
        op(Op.XOR, F, F).is(F);
        op(Op.XOR, T, T, T).is(T); // left-associative: (xor (xor true true) true)
        op(Op.XOR, T, F, T).is(F);

        op(Op.IMPLIES, T, F).is(F);
        op(Op.IMPLIES, F, F).is(T);
        op(Op.IMPLIES, F, T).is(T);
        op(Op.IMPLIES, T, T).is(T);
        // right-associative: (=> false true false) is (=> false (=> true false)) = true;
        // read left-associatively it would be (=> (=> false true) false) = false
        op(Op.IMPLIES, F, T, F).is(T);
        op(Op.IMPLIES, T, T, F).is(F);
        op(Op.IMPLIES, T, F, F).is(T);

        // chained =: all equal
        op(Op.EQ, i(1), i(1)).is(T);
        op(Op.EQ, i(1), i(2)).is(F);
        op(Op.EQ, i(1), i(1), i(1)).is(T);
        op(Op.EQ, i(1), i(1), i(2)).is(F);
        op(Op.EQ, i(2), i(1), i(1)).is(F);
        op(Op.EQ, T, T).is(T);
        op(Op.EQ, T, F).is(F);
        op(Op.EQ, F, F, F).is(T);
        op(Op.EQ, x(8, "80"), x(8, "80")).is(T);
        op(Op.EQ, x(8, "80"), x(8, "7f")).is(F);
        op(Op.EQ, x(65, MIN65), x(65, "0")).is(F);
        op(Op.EQ, x(65, MIN65), x(65, MIN65)).is(T);
        op(Op.EQ, i("18446744073709551616"), i("18446744073709551616")).is(T);
        op(Op.EQ, i("18446744073709551616"), i(0)).is(F);

        // distinct: pairwise
        op(Op.DISTINCT, i(1), i(2)).is(T);
        op(Op.DISTINCT, i(1), i(1)).is(F);
        op(Op.DISTINCT, i(1), i(2), i(3)).is(T);
        op(Op.DISTINCT, i(1), i(2), i(1)).is(F); // not adjacent: a chained reading would say true
        op(Op.DISTINCT, T, F).is(T);
        op(Op.DISTINCT, T, F, T).is(F);
        op(Op.DISTINCT, x(32, "0"), x(32, "ffff_ffff")).is(T);
        op(Op.DISTINCT, x(128, ONES128), x(128, ONES128)).is(F);

        op(Op.ITE, T, i(1), i(2)).is(i(1));
        op(Op.ITE, F, i(1), i(2)).is(i(2));
        op(Op.ITE, F, T, F).is(F);
        op(Op.ITE, T, x(8, "01"), x(8, "02")).is(x(8, "01"));
        op(Op.ITE, F, x(65, MIN65), x(65, "1")).is(x(65, "1"));
    }

    // ------------------------------------------------------------------ Ints

    private static void ints() {
        op(Op.ADD, i(1), i(2)).is(i(3));
        op(Op.ADD, i(1), i(2), i(3)).is(i(6));
        op(Op.ADD, i(-5), i(3)).is(i(-2));
        op(Op.ADD, i(Long.MAX_VALUE), i(1)).is(i("9223372036854775808"));
        op(Op.ADD, i(Long.MIN_VALUE), i(-1)).is(i("-9223372036854775809"));
        op(Op.ADD, i("99999999999999999999999999999"), i(1)).is(i("100000000000000000000000000000"));

        op(Op.SUB, i(5)).is(i(-5)); // unary minus
        op(Op.SUB, i(-5)).is(i(5));
        op(Op.SUB, i(0)).is(i(0));
        op(Op.SUB, i(Long.MIN_VALUE)).is(i("9223372036854775808"));
        op(Op.SUB, i(10), i(3)).is(i(7));
        op(Op.SUB, i(10), i(3), i(2)).is(i(5)); // left-associative: (10 - 3) - 2
        op(Op.SUB, i(1), i(2), i(3), i(4)).is(i(-8));
        op(Op.SUB, i(Long.MIN_VALUE), i(1)).is(i("-9223372036854775809"));

        op(Op.MUL, i(6), i(7)).is(i(42));
        op(Op.MUL, i(2), i(3), i(4)).is(i(24));
        op(Op.MUL, i(-3), i(5)).is(i(-15));
        op(Op.MUL, i(-3), i(-5)).is(i(15));
        op(Op.MUL, i(0), i(-5)).is(i(0));
        op(Op.MUL, i(4294967296L), i(4294967296L)).is(i("18446744073709551616"));
        op(Op.MUL, i(Long.MAX_VALUE), i(Long.MAX_VALUE)).is(i("85070591730234615847396907784232501249"));
        op(Op.MUL, i(Long.MIN_VALUE), i(-1)).is(i("9223372036854775808"));

        // Euclidean division: the remainder r satisfies 0 <= r < |divisor|
        op(Op.DIV, i(7), i(2)).is(i(3));
        op(Op.MOD, i(7), i(2)).is(i(1));
        op(Op.DIV, i(-7), i(2)).is(i(-4));
        op(Op.MOD, i(-7), i(2)).is(i(1));
        op(Op.DIV, i(7), i(-2)).is(i(-3));
        op(Op.MOD, i(7), i(-2)).is(i(1));
        op(Op.DIV, i(-7), i(-2)).is(i(4));
        op(Op.MOD, i(-7), i(-2)).is(i(1));
        op(Op.DIV, i(6), i(3)).is(i(2));
        op(Op.MOD, i(6), i(3)).is(i(0));
        op(Op.DIV, i(-6), i(3)).is(i(-2));
        op(Op.MOD, i(-6), i(3)).is(i(0));
        op(Op.DIV, i(6), i(-3)).is(i(-2));
        op(Op.DIV, i(-6), i(-3)).is(i(2));
        op(Op.DIV, i(0), i(-5)).is(i(0));
        op(Op.MOD, i(0), i(-5)).is(i(0));
        op(Op.DIV, i(-1), i(5)).is(i(-1));
        op(Op.MOD, i(-1), i(5)).is(i(4));
        op(Op.DIV, i(-1), i(-5)).is(i(1));
        op(Op.MOD, i(-1), i(-5)).is(i(4));
        op(Op.DIV, i("100000000000000000000"), i(-3)).is(i("-33333333333333333333"));
        op(Op.MOD, i("100000000000000000000"), i(-3)).is(i(1));
        op(Op.DIV, i("-100000000000000000000"), i(3)).is(i("-33333333333333333334"));
        op(Op.MOD, i("-100000000000000000000"), i(3)).is(i(2));
        op(Op.DIV, i(Long.MIN_VALUE), i(-1)).is(i("9223372036854775808"));
        op(Op.MOD, i(Long.MIN_VALUE), i(-1)).is(i(0));
        op(Op.MOD, i("-18446744073709551617"), i("18446744073709551616")).is(i("18446744073709551615"));

        op(Op.ABS, i(-5)).is(i(5));
        op(Op.ABS, i(5)).is(i(5));
        op(Op.ABS, i(0)).is(i(0));
        op(Op.ABS, i(Long.MIN_VALUE)).is(i("9223372036854775808"));

        // chained comparisons
        op(Op.LE, i(1), i(2)).is(T);
        op(Op.LE, i(2), i(2)).is(T);
        op(Op.LE, i(3), i(2)).is(F);
        op(Op.LE, i(1), i(2), i(2)).is(T);
        op(Op.LE, i(1), i(3), i(2)).is(F);
        op(Op.LE, i(3), i(1), i(2)).is(F);
        op(Op.LT, i(1), i(2), i(3)).is(T);
        op(Op.LT, i(1), i(2), i(2)).is(F);
        op(Op.LT, i(-2), i(-1)).is(T);
        op(Op.LT, i(Long.MAX_VALUE), i("9223372036854775808")).is(T);
        op(Op.GE, i(3), i(3), i(1)).is(T);
        op(Op.GE, i(3), i(1), i(2)).is(F);
        op(Op.GE, i(-1), i(-2)).is(T);
        op(Op.GT, i(3), i(2), i(1)).is(T);
        op(Op.GT, i(3), i(1), i(1)).is(F);
        op(Op.GT, i("-9223372036854775809"), i(Long.MIN_VALUE)).is(F);
        op(Op.GT, i(Long.MIN_VALUE), i("-9223372036854775809")).is(T);
    }

    // ------------------------------------------------------------------ bitwise

    private static void bitwise() {
        op(Op.BVNOT, B0).is(B1);
        op(Op.BVNOT, B1).is(B0);
        op(Op.BVNOT, x(8, "5a")).is(x(8, "a5"));
        op(Op.BVNOT, x(8, "00")).is(x(8, "ff"));
        op(Op.BVNOT, x(32, "0000_ffff")).is(x(32, "ffff_0000"));
        op(Op.BVNOT, x(64, "0123_4567_89ab_cdef")).is(x(64, "fedc_ba98_7654_3210"));
        op(Op.BVNOT, x(64, "0")).is(x(64, ONES64));
        op(Op.BVNOT, x(65, "0")).is(x(65, ONES65));
        op(Op.BVNOT, x(65, "1_0000_0000_0000_0001")).is(x(65, "0_ffff_ffff_ffff_fffe"));
        op(Op.BVNOT, x(128, "0f0f_0f0f_0f0f_0f0f_0f0f_0f0f_0f0f_0f0f")).is(x(128, "f0f0_f0f0_f0f0_f0f0_f0f0_f0f0_f0f0_f0f0"));

        op(Op.BVAND, B1, B1).is(B1);
        op(Op.BVAND, B1, B0).is(B0);
        op(Op.BVAND, B1, B1, B0).is(B0);
        op(Op.BVAND, x(8, "f0"), x(8, "3c")).is(x(8, "30"));
        op(Op.BVAND, x(8, "ff"), x(8, "0f"), x(8, "3c")).is(x(8, "0c"));
        op(Op.BVAND, x(32, "ffff_0000"), x(32, "1234_5678")).is(x(32, "1234_0000"));
        op(Op.BVAND, x(64, "ffff_ffff_0000_0000"), x(64, "0123_4567_89ab_cdef")).is(x(64, "0123_4567_0000_0000"));
        op(Op.BVAND, x(65, "1_0000_0000_0000_00ff"), x(65, "1_ffff_ffff_ffff_ff0f")).is(x(65, "1_0000_0000_0000_000f"));
        op(Op.BVAND, x(128, ONES128), x(128, BIG128)).is(x(128, BIG128));

        op(Op.BVOR, B0, B0).is(B0);
        op(Op.BVOR, B0, B1).is(B1);
        op(Op.BVOR, B0, B0, B1).is(B1);
        op(Op.BVOR, x(8, "f0"), x(8, "0f")).is(x(8, "ff"));
        op(Op.BVOR, x(8, "01"), x(8, "02"), x(8, "80")).is(x(8, "83"));
        op(Op.BVOR, x(32, "1234_0000"), x(32, "0000_5678")).is(x(32, "1234_5678"));
        op(Op.BVOR, x(64, MIN64), x(64, "1")).is(x(64, "8000_0000_0000_0001"));
        op(Op.BVOR, x(65, MIN65), x(65, "1")).is(x(65, "1_0000_0000_0000_0001"));
        op(Op.BVOR, x(128, MIN128), x(128, "1")).is(x(128, "8000_0000_0000_0000_0000_0000_0000_0001"));

        op(Op.BVXOR, B1, B1).is(B0);
        op(Op.BVXOR, B1, B0).is(B1);
        op(Op.BVXOR, B1, B1, B1).is(B1);
        op(Op.BVXOR, x(8, "ff"), x(8, "0f")).is(x(8, "f0"));
        op(Op.BVXOR, x(8, "ff"), x(8, "0f"), x(8, "f0")).is(x(8, "00"));
        op(Op.BVXOR, x(32, "ffff_ffff"), x(32, "1234_5678")).is(x(32, "edcb_a987"));
        op(Op.BVXOR, x(64, "0123_4567_89ab_cdef"), x(64, "fedc_ba98_7654_3210")).is(x(64, ONES64));
        op(Op.BVXOR, x(65, ONES65), x(65, MAX65)).is(x(65, MIN65));
        op(Op.BVXOR, x(128, BIG128), x(128, BIG128)).is(x(128, "0"));

        op(Op.BVNAND, B1, B1).is(B0);
        op(Op.BVNAND, B0, B1).is(B1);
        op(Op.BVNAND, x(8, "f0"), x(8, "3c")).is(x(8, "cf"));
        op(Op.BVNAND, x(32, "ffff_ffff"), x(32, "ffff_ffff")).is(x(32, "0"));
        op(Op.BVNAND, x(64, "ffff_0000_ffff_0000"), x(64, "ff00_ff00_ff00_ff00")).is(x(64, "00ff_ffff_00ff_ffff"));
        op(Op.BVNAND, x(65, ONES65), x(65, ONES65)).is(x(65, "0"));
        op(Op.BVNAND, x(65, MIN65), x(65, ONES65)).is(x(65, MAX65));
        op(Op.BVNAND, x(128, "0"), x(128, "0")).is(x(128, ONES128));

        op(Op.BVNOR, B0, B0).is(B1);
        op(Op.BVNOR, B1, B0).is(B0);
        op(Op.BVNOR, x(8, "f0"), x(8, "0c")).is(x(8, "03"));
        op(Op.BVNOR, x(32, "0"), x(32, "0")).is(x(32, "ffff_ffff"));
        op(Op.BVNOR, x(64, "0"), x(64, MIN64)).is(x(64, MAX64));
        op(Op.BVNOR, x(65, "0"), x(65, "0")).is(x(65, ONES65));
        op(Op.BVNOR, x(128, "0"), x(128, MIN128)).is(x(128, MAX128));

        op(Op.BVXNOR, B1, B1).is(B1);
        op(Op.BVXNOR, B0, B1).is(B0);
        op(Op.BVXNOR, B0, B0).is(B1);
        op(Op.BVXNOR, x(8, "ff"), x(8, "0f")).is(x(8, "0f"));
        op(Op.BVXNOR, x(32, "1234_5678"), x(32, "1234_5678")).is(x(32, "ffff_ffff"));
        op(Op.BVXNOR, x(64, "0"), x(64, ONES64)).is(x(64, "0"));
        op(Op.BVXNOR, x(65, MIN65), x(65, "0")).is(x(65, MAX65));
        op(Op.BVXNOR, x(128, "0"), x(128, "1")).is(x(128, M2_128));

        op(Op.BVCOMP, B1, B1).is(B1);
        op(Op.BVCOMP, B0, B1).is(B0);
        op(Op.BVCOMP, x(8, "80"), x(8, "80")).is(B1);
        op(Op.BVCOMP, x(8, "80"), x(8, "7f")).is(B0);
        op(Op.BVCOMP, x(32, "8000_0000"), x(32, "8000_0000")).is(B1);
        op(Op.BVCOMP, x(32, "8000_0000"), x(32, "0")).is(B0);
        op(Op.BVCOMP, x(64, MIN64), x(64, MIN64)).is(B1);
        op(Op.BVCOMP, x(64, MIN64), x(64, MAX64)).is(B0);
        op(Op.BVCOMP, x(65, MIN65), x(65, "0")).is(B0); // differ only in bit 64
        op(Op.BVCOMP, x(65, MIN65), x(65, MIN65)).is(B1);
        op(Op.BVCOMP, x(128, BIG128), x(128, BIG128)).is(B1);
        op(Op.BVCOMP, x(128, MIN128), x(128, MAX128)).is(B0);
    }

    // ------------------------------------------------------------------ arithmetic

    private static void arithmetic() {
        op(Op.BVNEG, B1).is(B1);
        op(Op.BVNEG, B0).is(B0);
        op(Op.BVNEG, x(8, "01")).is(x(8, "ff"));
        op(Op.BVNEG, x(8, "80")).is(x(8, "80"));
        op(Op.BVNEG, x(8, "00")).is(x(8, "00"));
        op(Op.BVNEG, x(32, "1")).is(x(32, "ffff_ffff"));
        op(Op.BVNEG, x(32, "8000_0000")).is(x(32, "8000_0000"));
        op(Op.BVNEG, x(64, "1")).is(x(64, ONES64));
        op(Op.BVNEG, x(64, MIN64)).is(x(64, MIN64));
        op(Op.BVNEG, x(65, "1")).is(x(65, ONES65));
        op(Op.BVNEG, x(65, MIN65)).is(x(65, MIN65));
        op(Op.BVNEG, x(65, MAX65)).is(x(65, "1_0000_0000_0000_0001"));
        op(Op.BVNEG, x(128, "1")).is(x(128, ONES128));
        op(Op.BVNEG, x(128, "0")).is(x(128, "0"));

        op(Op.BVADD, B1, B1).is(B0);
        op(Op.BVADD, B1, B0).is(B1);
        op(Op.BVADD, B1, B1, B1).is(B1);
        op(Op.BVADD, x(8, "ff"), x(8, "01")).is(x(8, "00"));
        op(Op.BVADD, x(8, "7f"), x(8, "01")).is(x(8, "80"));
        op(Op.BVADD, x(8, "01"), x(8, "02"), x(8, "03")).is(x(8, "06"));
        op(Op.BVADD, x(32, "ffff_ffff"), x(32, "1")).is(x(32, "0"));
        op(Op.BVADD, x(32, "7fff_ffff"), x(32, "1")).is(x(32, "8000_0000"));
        op(Op.BVADD, x(64, ONES64), x(64, "1")).is(x(64, "0"));
        op(Op.BVADD, x(64, ONES64), x(64, ONES64)).is(x(64, "ffff_ffff_ffff_fffe"));
        op(Op.BVADD, x(64, MAX64), x(64, "1"), x(64, MIN64)).is(x(64, "0"));
        op(Op.BVADD, x(65, MAX65), x(65, "1")).is(x(65, MIN65)); // the carry lands in bit 64
        op(Op.BVADD, x(65, ONES65), x(65, "1")).is(x(65, "0"));
        op(Op.BVADD, x(128, ONES64), x(128, "1")).is(x(128, "1_0000_0000_0000_0000"));
        op(Op.BVADD, x(128, ONES128), x(128, "2")).is(x(128, "1"));

        op(Op.BVSUB, B0, B1).is(B1);
        op(Op.BVSUB, B1, B1).is(B0);
        op(Op.BVSUB, x(8, "00"), x(8, "01")).is(x(8, "ff"));
        op(Op.BVSUB, x(8, "80"), x(8, "01")).is(x(8, "7f"));
        op(Op.BVSUB, x(32, "0"), x(32, "1")).is(x(32, "ffff_ffff"));
        op(Op.BVSUB, x(64, "0"), x(64, "1")).is(x(64, ONES64));
        op(Op.BVSUB, x(64, MIN64), x(64, "1")).is(x(64, MAX64));
        op(Op.BVSUB, x(65, MIN65), x(65, "1")).is(x(65, MAX65));
        op(Op.BVSUB, x(65, "0"), x(65, "1")).is(x(65, ONES65));
        op(Op.BVSUB, x(128, "0"), x(128, "1")).is(x(128, ONES128));
        op(Op.BVSUB, x(128, "1_0000_0000_0000_0000"), x(128, "1")).is(x(128, ONES64));

        op(Op.BVMUL, B1, B1).is(B1);
        op(Op.BVMUL, B1, B0).is(B0);
        op(Op.BVMUL, B1, B1, B1).is(B1);
        op(Op.BVMUL, x(8, "10"), x(8, "10")).is(x(8, "00"));
        op(Op.BVMUL, x(8, "0f"), x(8, "11")).is(x(8, "ff"));
        op(Op.BVMUL, x(8, "ff"), x(8, "ff")).is(x(8, "01"));
        op(Op.BVMUL, x(8, "02"), x(8, "03"), x(8, "04")).is(x(8, "18"));
        op(Op.BVMUL, x(32, "1_0000"), x(32, "1_0000")).is(x(32, "0"));
        op(Op.BVMUL, x(32, "ffff_ffff"), x(32, "ffff_ffff")).is(x(32, "1"));
        op(Op.BVMUL, x(32, "1234_5678"), x(32, "2")).is(x(32, "2468_acf0"));
        op(Op.BVMUL, x(64, "1_0000_0000"), x(64, "1_0000_0000")).is(x(64, "0"));
        op(Op.BVMUL, x(64, ONES64), x(64, ONES64)).is(x(64, "1"));
        op(Op.BVMUL, x(64, "ffff_ffff"), x(64, "ffff_ffff")).is(x(64, "ffff_fffe_0000_0001"));
        op(Op.BVMUL, x(65, "1_0000_0000"), x(65, "1_0000_0000")).is(x(65, MIN65)); // 2^64 still fits
        op(Op.BVMUL, x(65, ONES65), x(65, ONES65)).is(x(65, "1"));
        op(Op.BVMUL, x(128, ONES64), x(128, ONES64)).is(x(128, "ffff_ffff_ffff_fffe_0000_0000_0000_0001"));
        op(Op.BVMUL, x(128, ONES128), x(128, "2"), x(128, "3")).is(x(128, "ffff_ffff_ffff_ffff_ffff_ffff_ffff_fffa"));
    }

    // ------------------------------------------------------------------ division

    private static void division() {
        // bvudiv: by zero gives all ones
        op(Op.BVUDIV, B1, B1).is(B1);
        op(Op.BVUDIV, B0, B1).is(B0);
        op(Op.BVUDIV, B1, B0).is(B1);
        op(Op.BVUDIV, B0, B0).is(B1);
        op(Op.BVUDIV, x(8, "ff"), x(8, "10")).is(x(8, "0f"));
        op(Op.BVUDIV, x(8, "07"), x(8, "02")).is(x(8, "03"));
        op(Op.BVUDIV, x(8, "80"), x(8, "03")).is(x(8, "2a"));
        op(Op.BVUDIV, x(8, "05"), x(8, "00")).is(x(8, "ff"));
        op(Op.BVUDIV, x(8, "00"), x(8, "00")).is(x(8, "ff"));
        op(Op.BVUDIV, x(32, "ffff_ffff"), x(32, "2")).is(x(32, "7fff_ffff"));
        op(Op.BVUDIV, x(32, "1234_5678"), x(32, "0")).is(x(32, "ffff_ffff"));
        op(Op.BVUDIV, x(64, ONES64), x(64, "2")).is(x(64, MAX64));
        op(Op.BVUDIV, x(64, MIN64), x(64, "3")).is(x(64, "2aaa_aaaa_aaaa_aaaa"));
        op(Op.BVUDIV, x(64, ONES64), x(64, MIN64)).is(x(64, "1")); // unsigned, not signed
        op(Op.BVUDIV, x(64, "5"), x(64, "0")).is(x(64, ONES64));
        op(Op.BVUDIV, x(65, MIN65), x(65, "2")).is(x(65, "0_8000_0000_0000_0000"));
        op(Op.BVUDIV, x(65, "5"), x(65, "0")).is(x(65, ONES65));
        op(Op.BVUDIV, x(128, "1_0000_0000_0000_0000"), x(128, "1_0000_0000")).is(x(128, "1_0000_0000"));
        op(Op.BVUDIV, x(128, BIG128), x(128, "0")).is(x(128, ONES128));

        // bvurem: by zero gives the dividend
        op(Op.BVUREM, B1, B1).is(B0);
        op(Op.BVUREM, B1, B0).is(B1);
        op(Op.BVUREM, B0, B0).is(B0);
        op(Op.BVUREM, x(8, "ff"), x(8, "10")).is(x(8, "0f"));
        op(Op.BVUREM, x(8, "07"), x(8, "02")).is(x(8, "01"));
        op(Op.BVUREM, x(8, "80"), x(8, "03")).is(x(8, "02"));
        op(Op.BVUREM, x(8, "05"), x(8, "00")).is(x(8, "05"));
        op(Op.BVUREM, x(32, "ffff_ffff"), x(32, "10")).is(x(32, "f"));
        op(Op.BVUREM, x(32, "1234_5678"), x(32, "0")).is(x(32, "1234_5678"));
        op(Op.BVUREM, x(64, ONES64), x(64, MIN64)).is(x(64, MAX64));
        op(Op.BVUREM, x(64, MIN64), x(64, "3")).is(x(64, "2"));
        op(Op.BVUREM, x(64, ONES64), x(64, "0")).is(x(64, ONES64));
        op(Op.BVUREM, x(65, MIN65), x(65, "3")).is(x(65, "1"));
        op(Op.BVUREM, x(65, ONES65), x(65, "0")).is(x(65, ONES65));
        op(Op.BVUREM, x(128, ONES128), x(128, "1_0000_0000_0000_0000")).is(x(128, ONES64));
        op(Op.BVUREM, x(128, BIG128), x(128, "0")).is(x(128, BIG128));

        // bvsdiv: truncating; by zero: all ones for a non-negative dividend, 1 for a negative one
        op(Op.BVSDIV, B1, B1).is(B1); // -1 / -1 = 1, which is -1 in one bit
        op(Op.BVSDIV, B0, B1).is(B0);
        op(Op.BVSDIV, B1, B0).is(B1); // -1 / 0 = bvneg(bvudiv 1 0) = bvneg 1 = 1
        op(Op.BVSDIV, B0, B0).is(B1);
        op(Op.BVSDIV, x(8, "07"), x(8, "02")).is(x(8, "03"));
        op(Op.BVSDIV, x(8, "f9"), x(8, "02")).is(x(8, "fd")); // -7 / 2 = -3
        op(Op.BVSDIV, x(8, "07"), x(8, "fe")).is(x(8, "fd")); // 7 / -2 = -3
        op(Op.BVSDIV, x(8, "f9"), x(8, "fe")).is(x(8, "03")); // -7 / -2 = 3
        op(Op.BVSDIV, x(8, "80"), x(8, "ff")).is(x(8, "80")); // -128 / -1 overflows to -128
        op(Op.BVSDIV, x(8, "05"), x(8, "00")).is(x(8, "ff"));
        op(Op.BVSDIV, x(8, "fb"), x(8, "00")).is(x(8, "01"));
        op(Op.BVSDIV, x(8, "00"), x(8, "00")).is(x(8, "ff"));
        op(Op.BVSDIV, x(32, "8000_0000"), x(32, "ffff_ffff")).is(x(32, "8000_0000"));
        op(Op.BVSDIV, x(32, "ffff_fff9"), x(32, "2")).is(x(32, "ffff_fffd"));
        op(Op.BVSDIV, x(32, "7fff_ffff"), x(32, "0")).is(x(32, "ffff_ffff"));
        op(Op.BVSDIV, x(32, "8000_0000"), x(32, "0")).is(x(32, "1"));
        op(Op.BVSDIV, x(64, "ffff_ffff_ffff_fff9"), x(64, "2")).is(x(64, "ffff_ffff_ffff_fffd"));
        op(Op.BVSDIV, x(64, "7"), x(64, "ffff_ffff_ffff_fffe")).is(x(64, "ffff_ffff_ffff_fffd"));
        op(Op.BVSDIV, x(64, "ffff_ffff_ffff_fff9"), x(64, "ffff_ffff_ffff_fffe")).is(x(64, "3"));
        op(Op.BVSDIV, x(64, MIN64), x(64, ONES64)).is(x(64, MIN64));
        op(Op.BVSDIV, x(64, MIN64), x(64, "2")).is(x(64, "c000_0000_0000_0000"));
        op(Op.BVSDIV, x(64, MIN64), x(64, "0")).is(x(64, "1"));
        op(Op.BVSDIV, x(64, MAX64), x(64, "0")).is(x(64, ONES64));
        op(Op.BVSDIV, x(65, M7_65), x(65, "2")).is(x(65, M3_65));
        op(Op.BVSDIV, x(65, "7"), x(65, M2_65)).is(x(65, M3_65));
        op(Op.BVSDIV, x(65, M7_65), x(65, M2_65)).is(x(65, "3"));
        op(Op.BVSDIV, x(65, MIN65), x(65, ONES65)).is(x(65, MIN65));
        op(Op.BVSDIV, x(65, MAX65), x(65, ONES65)).is(x(65, "1_0000_0000_0000_0001")); // -(2^64 - 1)
        op(Op.BVSDIV, x(65, M7_65), x(65, "0")).is(x(65, "1"));
        op(Op.BVSDIV, x(65, "7"), x(65, "0")).is(x(65, ONES65));
        op(Op.BVSDIV, x(128, M7_128), x(128, M2_128)).is(x(128, "3"));
        op(Op.BVSDIV, x(128, M7_128), x(128, "2")).is(x(128, M3_128));
        op(Op.BVSDIV, x(128, MIN128), x(128, ONES128)).is(x(128, MIN128));
        op(Op.BVSDIV, x(128, MIN128), x(128, "0")).is(x(128, "1"));

        // bvsrem: the sign follows the dividend; by zero gives the dividend
        op(Op.BVSREM, B1, B1).is(B0);
        op(Op.BVSREM, B0, B1).is(B0);
        op(Op.BVSREM, B1, B0).is(B1);
        op(Op.BVSREM, x(8, "07"), x(8, "02")).is(x(8, "01"));
        op(Op.BVSREM, x(8, "f9"), x(8, "02")).is(x(8, "ff")); // -7 rem 2 = -1
        op(Op.BVSREM, x(8, "07"), x(8, "fe")).is(x(8, "01")); // 7 rem -2 = 1
        op(Op.BVSREM, x(8, "f9"), x(8, "fe")).is(x(8, "ff")); // -7 rem -2 = -1
        op(Op.BVSREM, x(8, "80"), x(8, "ff")).is(x(8, "00"));
        op(Op.BVSREM, x(8, "f9"), x(8, "00")).is(x(8, "f9"));
        op(Op.BVSREM, x(8, "05"), x(8, "00")).is(x(8, "05"));
        op(Op.BVSREM, x(32, "ffff_fff9"), x(32, "2")).is(x(32, "ffff_ffff"));
        op(Op.BVSREM, x(32, "7"), x(32, "ffff_fffe")).is(x(32, "1"));
        op(Op.BVSREM, x(32, "8000_0000"), x(32, "0")).is(x(32, "8000_0000"));
        op(Op.BVSREM, x(64, "ffff_ffff_ffff_fff9"), x(64, "3")).is(x(64, "ffff_ffff_ffff_ffff"));
        op(Op.BVSREM, x(64, "7"), x(64, "ffff_ffff_ffff_fffd")).is(x(64, "1"));
        op(Op.BVSREM, x(64, MIN64), x(64, ONES64)).is(x(64, "0"));
        op(Op.BVSREM, x(64, MIN64), x(64, "0")).is(x(64, MIN64));
        op(Op.BVSREM, x(65, M7_65), x(65, "2")).is(x(65, ONES65));
        op(Op.BVSREM, x(65, "7"), x(65, M2_65)).is(x(65, "1"));
        op(Op.BVSREM, x(65, M7_65), x(65, "0")).is(x(65, M7_65));
        op(Op.BVSREM, x(65, MIN65), x(65, "3")).is(x(65, ONES65)); // -2^64 rem 3 = -1
        op(Op.BVSREM, x(128, M7_128), x(128, M2_128)).is(x(128, ONES128));
        op(Op.BVSREM, x(128, "7"), x(128, "0")).is(x(128, "7"));

        // bvsmod: the sign follows the divisor; by zero gives the dividend
        op(Op.BVSMOD, B1, B1).is(B0);
        op(Op.BVSMOD, B0, B1).is(B0);
        op(Op.BVSMOD, B1, B0).is(B1);
        op(Op.BVSMOD, x(8, "07"), x(8, "02")).is(x(8, "01"));
        op(Op.BVSMOD, x(8, "f9"), x(8, "02")).is(x(8, "01")); // -7 mod 2 = 1
        op(Op.BVSMOD, x(8, "07"), x(8, "fe")).is(x(8, "ff")); // 7 mod -2 = -1
        op(Op.BVSMOD, x(8, "f9"), x(8, "fe")).is(x(8, "ff")); // -7 mod -2 = -1
        op(Op.BVSMOD, x(8, "06"), x(8, "fc")).is(x(8, "fe")); // 6 mod -4 = -2
        op(Op.BVSMOD, x(8, "f8"), x(8, "02")).is(x(8, "00")); // exact: 0 whatever the signs
        op(Op.BVSMOD, x(8, "80"), x(8, "ff")).is(x(8, "00"));
        op(Op.BVSMOD, x(8, "f9"), x(8, "00")).is(x(8, "f9"));
        op(Op.BVSMOD, x(8, "05"), x(8, "00")).is(x(8, "05"));
        op(Op.BVSMOD, x(32, "ffff_fff9"), x(32, "2")).is(x(32, "1"));
        op(Op.BVSMOD, x(32, "7"), x(32, "ffff_fffe")).is(x(32, "ffff_ffff"));
        op(Op.BVSMOD, x(32, "8000_0000"), x(32, "0")).is(x(32, "8000_0000"));
        op(Op.BVSMOD, x(64, "ffff_ffff_ffff_fff9"), x(64, "3")).is(x(64, "2"));
        op(Op.BVSMOD, x(64, "7"), x(64, "ffff_ffff_ffff_fffd")).is(x(64, "ffff_ffff_ffff_fffe"));
        op(Op.BVSMOD, x(64, "ffff_ffff_ffff_fff9"), x(64, "ffff_ffff_ffff_fffd")).is(x(64, ONES64));
        op(Op.BVSMOD, x(64, "ffff_ffff_ffff_fff9"), x(64, "0")).is(x(64, "ffff_ffff_ffff_fff9"));
        op(Op.BVSMOD, x(64, MIN64), x(64, MAX64)).is(x(64, "7fff_ffff_ffff_fffe")); // -2^63 mod (2^63-1)
        op(Op.BVSMOD, x(65, M7_65), x(65, "2")).is(x(65, "1"));
        op(Op.BVSMOD, x(65, "7"), x(65, M2_65)).is(x(65, ONES65));
        op(Op.BVSMOD, x(65, M7_65), x(65, M2_65)).is(x(65, ONES65));
        op(Op.BVSMOD, x(65, M7_65), x(65, "0")).is(x(65, M7_65));
        op(Op.BVSMOD, x(128, M7_128), x(128, "3")).is(x(128, "2"));
        op(Op.BVSMOD, x(128, "7"), x(128, M3_128)).is(x(128, M2_128));
        op(Op.BVSMOD, x(128, BIG128), x(128, "0")).is(x(128, BIG128));
    }

    // ------------------------------------------------------------------ shifts and rotations

    private static void shifts() {
        op(Op.BVSHL, B1, B0).is(B1);
        op(Op.BVSHL, B1, B1).is(B0); // shift by the width
        op(Op.BVSHL, x(8, "01"), x(8, "07")).is(x(8, "80"));
        op(Op.BVSHL, x(8, "ff"), x(8, "04")).is(x(8, "f0"));
        op(Op.BVSHL, x(8, "01"), x(8, "08")).is(x(8, "00"));
        op(Op.BVSHL, x(8, "ff"), x(8, "80")).is(x(8, "00")); // shift amount with its top bit set
        op(Op.BVSHL, x(8, "01"), x(8, "ff")).is(x(8, "00"));
        op(Op.BVSHL, x(32, "1"), x(32, "1f")).is(x(32, "8000_0000"));
        op(Op.BVSHL, x(32, "1"), x(32, "20")).is(x(32, "0"));
        op(Op.BVSHL, x(32, "ffff_ffff"), x(32, "8000_0000")).is(x(32, "0"));
        op(Op.BVSHL, x(32, "1"), x(32, "21")).is(x(32, "0"));
        op(Op.BVSHL, x(64, "1"), x(64, "3f")).is(x(64, MIN64));
        op(Op.BVSHL, x(64, "1"), x(64, "40")).is(x(64, "0"));
        op(Op.BVSHL, x(64, "1"), x(64, MIN64)).is(x(64, "0"));
        op(Op.BVSHL, x(64, "1"), x(64, ONES64)).is(x(64, "0"));
        op(Op.BVSHL, x(64, "1"), x(64, "1_0000_0001")).is(x(64, "0")); // low 32 bits say 1, but it is >= 64
        op(Op.BVSHL, x(64, "1"), x(64, "41")).is(x(64, "0")); // 65: not 65 mod 64
        op(Op.BVSHL, x(65, "1"), x(65, "40")).is(x(65, MIN65));
        op(Op.BVSHL, x(65, "1"), x(65, "41")).is(x(65, "0"));
        op(Op.BVSHL, x(65, "1"), x(65, MIN65)).is(x(65, "0"));
        op(Op.BVSHL, x(65, MAX65), x(65, "1")).is(x(65, M2_65));
        op(Op.BVSHL, x(128, "1"), x(128, "7f")).is(x(128, MIN128));
        op(Op.BVSHL, x(128, "1"), x(128, "80")).is(x(128, "0"));
        op(Op.BVSHL, x(128, "1"), x(128, MIN128)).is(x(128, "0"));
        op(Op.BVSHL, x(128, "1"), x(128, "1_0000_0000_0000_0000_0000_0001")).is(x(128, "0"));

        op(Op.BVLSHR, B1, B0).is(B1);
        op(Op.BVLSHR, B1, B1).is(B0);
        op(Op.BVLSHR, x(8, "80"), x(8, "07")).is(x(8, "01"));
        op(Op.BVLSHR, x(8, "f0"), x(8, "04")).is(x(8, "0f"));
        op(Op.BVLSHR, x(8, "ff"), x(8, "08")).is(x(8, "00"));
        op(Op.BVLSHR, x(8, "ff"), x(8, "80")).is(x(8, "00"));
        op(Op.BVLSHR, x(32, "8000_0000"), x(32, "1f")).is(x(32, "1"));
        op(Op.BVLSHR, x(32, "ffff_ffff"), x(32, "20")).is(x(32, "0"));
        op(Op.BVLSHR, x(32, "ffff_ffff"), x(32, "8000_0000")).is(x(32, "0"));
        op(Op.BVLSHR, x(64, MIN64), x(64, "3f")).is(x(64, "1"));
        op(Op.BVLSHR, x(64, MIN64), x(64, "1")).is(x(64, "4000_0000_0000_0000")); // logical: no sign fill
        op(Op.BVLSHR, x(64, ONES64), x(64, "40")).is(x(64, "0"));
        op(Op.BVLSHR, x(64, ONES64), x(64, MIN64)).is(x(64, "0"));
        op(Op.BVLSHR, x(64, ONES64), x(64, "1_0000_0000")).is(x(64, "0"));
        op(Op.BVLSHR, x(65, MIN65), x(65, "40")).is(x(65, "1"));
        op(Op.BVLSHR, x(65, ONES65), x(65, "1")).is(x(65, MAX65));
        op(Op.BVLSHR, x(65, ONES65), x(65, "41")).is(x(65, "0"));
        op(Op.BVLSHR, x(65, ONES65), x(65, MIN65)).is(x(65, "0"));
        op(Op.BVLSHR, x(128, MIN128), x(128, "7f")).is(x(128, "1"));
        op(Op.BVLSHR, x(128, ONES128), x(128, "80")).is(x(128, "0"));
        op(Op.BVLSHR, x(128, ONES128), x(128, "40")).is(x(128, ONES64));

        op(Op.BVASHR, B1, B0).is(B1);
        op(Op.BVASHR, B1, B1).is(B1); // the sign fills
        op(Op.BVASHR, B0, B1).is(B0);
        op(Op.BVASHR, x(8, "80"), x(8, "07")).is(x(8, "ff"));
        op(Op.BVASHR, x(8, "80"), x(8, "01")).is(x(8, "c0"));
        op(Op.BVASHR, x(8, "40"), x(8, "01")).is(x(8, "20"));
        op(Op.BVASHR, x(8, "f0"), x(8, "02")).is(x(8, "fc"));
        op(Op.BVASHR, x(8, "80"), x(8, "08")).is(x(8, "ff"));
        op(Op.BVASHR, x(8, "80"), x(8, "ff")).is(x(8, "ff"));
        op(Op.BVASHR, x(8, "7f"), x(8, "08")).is(x(8, "00"));
        op(Op.BVASHR, x(8, "7f"), x(8, "80")).is(x(8, "00"));
        op(Op.BVASHR, x(32, "8000_0000"), x(32, "1f")).is(x(32, "ffff_ffff"));
        op(Op.BVASHR, x(32, "8000_0000"), x(32, "4")).is(x(32, "f800_0000"));
        op(Op.BVASHR, x(32, "8000_0000"), x(32, "20")).is(x(32, "ffff_ffff"));
        op(Op.BVASHR, x(32, "7fff_ffff"), x(32, "20")).is(x(32, "0"));
        op(Op.BVASHR, x(32, "8000_0000"), x(32, "8000_0000")).is(x(32, "ffff_ffff"));
        op(Op.BVASHR, x(64, MIN64), x(64, "3f")).is(x(64, ONES64));
        op(Op.BVASHR, x(64, MIN64), x(64, "4")).is(x(64, "f800_0000_0000_0000"));
        op(Op.BVASHR, x(64, MIN64), x(64, "40")).is(x(64, ONES64));
        op(Op.BVASHR, x(64, MIN64), x(64, MIN64)).is(x(64, ONES64));
        op(Op.BVASHR, x(64, MAX64), x(64, "40")).is(x(64, "0"));
        op(Op.BVASHR, x(64, MAX64), x(64, "3e")).is(x(64, "1"));
        op(Op.BVASHR, x(65, MIN65), x(65, "1")).is(x(65, "1_8000_0000_0000_0000"));
        op(Op.BVASHR, x(65, MIN65), x(65, "40")).is(x(65, ONES65));
        op(Op.BVASHR, x(65, MIN65), x(65, "41")).is(x(65, ONES65));
        op(Op.BVASHR, x(65, MIN65), x(65, MIN65)).is(x(65, ONES65));
        op(Op.BVASHR, x(65, MAX65), x(65, "41")).is(x(65, "0"));
        op(Op.BVASHR, x(65, MAX65), x(65, "4")).is(x(65, "0_0fff_ffff_ffff_ffff"));
        op(Op.BVASHR, x(128, MIN128), x(128, "7f")).is(x(128, ONES128));
        op(Op.BVASHR, x(128, MIN128), x(128, "80")).is(x(128, ONES128));
        op(Op.BVASHR, x(128, MIN128), x(128, MIN128)).is(x(128, ONES128));
        op(Op.BVASHR, x(128, MIN128), x(128, "4")).is(x(128, "f800_0000_0000_0000_0000_0000_0000_0000"));
        op(Op.BVASHR, x(128, MAX128), x(128, "80")).is(x(128, "0"));

        op(Op.ROTATE_LEFT, 5, B1).is(B1);
        op(Op.ROTATE_LEFT, 0, B0).is(B0);
        op(Op.ROTATE_LEFT, 0, x(8, "81")).is(x(8, "81"));
        op(Op.ROTATE_LEFT, 1, x(8, "81")).is(x(8, "03"));
        op(Op.ROTATE_LEFT, 8, x(8, "81")).is(x(8, "81"));
        op(Op.ROTATE_LEFT, 9, x(8, "81")).is(x(8, "03")); // 9 mod 8 = 1
        op(Op.ROTATE_LEFT, 4, x(8, "12")).is(x(8, "21"));
        op(Op.ROTATE_LEFT, 12, x(8, "12")).is(x(8, "21"));
        op(Op.ROTATE_LEFT, 4, x(32, "1234_5678")).is(x(32, "2345_6781"));
        op(Op.ROTATE_LEFT, 36, x(32, "1234_5678")).is(x(32, "2345_6781"));
        op(Op.ROTATE_LEFT, 4, x(64, "0123_4567_89ab_cdef")).is(x(64, "1234_5678_9abc_def0"));
        op(Op.ROTATE_LEFT, 68, x(64, "0123_4567_89ab_cdef")).is(x(64, "1234_5678_9abc_def0"));
        op(Op.ROTATE_LEFT, 1, x(64, MIN64)).is(x(64, "1"));
        op(Op.ROTATE_LEFT, 64, x(64, MIN64)).is(x(64, MIN64));
        op(Op.ROTATE_LEFT, 1, x(65, MIN65)).is(x(65, "1"));
        op(Op.ROTATE_LEFT, 66, x(65, MIN65)).is(x(65, "1")); // 66 mod 65 = 1
        op(Op.ROTATE_LEFT, 64, x(65, "1")).is(x(65, MIN65));
        op(Op.ROTATE_LEFT, 4, x(128, BIG128)).is(x(128, "1234_5678_9abc_deff_edcb_a987_6543_2100"));
        op(Op.ROTATE_LEFT, 260, x(128, BIG128)).is(x(128, "1234_5678_9abc_deff_edcb_a987_6543_2100"));

        op(Op.ROTATE_RIGHT, 3, B0).is(B0);
        op(Op.ROTATE_RIGHT, 2, B1).is(B1);
        op(Op.ROTATE_RIGHT, 1, x(8, "81")).is(x(8, "c0"));
        op(Op.ROTATE_RIGHT, 17, x(8, "81")).is(x(8, "c0")); // 17 mod 8 = 1
        op(Op.ROTATE_RIGHT, 8, x(8, "81")).is(x(8, "81"));
        op(Op.ROTATE_RIGHT, 0, x(8, "81")).is(x(8, "81"));
        op(Op.ROTATE_RIGHT, 4, x(32, "1234_5678")).is(x(32, "8123_4567"));
        op(Op.ROTATE_RIGHT, 100, x(32, "1234_5678")).is(x(32, "8123_4567")); // 100 mod 32 = 4
        op(Op.ROTATE_RIGHT, 4, x(64, "0123_4567_89ab_cdef")).is(x(64, "f012_3456_789a_bcde"));
        op(Op.ROTATE_RIGHT, 64, x(64, "0123_4567_89ab_cdef")).is(x(64, "0123_4567_89ab_cdef"));
        op(Op.ROTATE_RIGHT, 129, x(64, "1")).is(x(64, MIN64)); // 129 mod 64 = 1
        op(Op.ROTATE_RIGHT, 1, x(65, "1")).is(x(65, MIN65));
        op(Op.ROTATE_RIGHT, 130, x(65, "1234")).is(x(65, "1234")); // 130 mod 65 = 0
        op(Op.ROTATE_RIGHT, 64, x(65, MIN65)).is(x(65, "1"));
        op(Op.ROTATE_RIGHT, 132, x(128, BIG128)).is(x(128, "0012_3456_789a_bcde_ffed_cba9_8765_4321"));
    }

    // ------------------------------------------------------------------ comparisons

    private static void comparisons() {
        // width 1: #b1 is 1 unsigned and -1 signed
        op(Op.BVULT, B0, B1).is(T);
        op(Op.BVULT, B1, B1).is(F);
        op(Op.BVULE, B1, B1).is(T);
        op(Op.BVULE, B1, B0).is(F);
        op(Op.BVUGT, B1, B0).is(T);
        op(Op.BVUGT, B0, B1).is(F);
        op(Op.BVUGE, B0, B1).is(F);
        op(Op.BVUGE, B0, B0).is(T);
        op(Op.BVSLT, B1, B0).is(T);
        op(Op.BVSLT, B0, B1).is(F);
        op(Op.BVSLE, B1, B1).is(T);
        op(Op.BVSLE, B0, B1).is(F);
        op(Op.BVSGT, B0, B1).is(T);
        op(Op.BVSGT, B1, B0).is(F);
        op(Op.BVSGE, B1, B0).is(F);
        op(Op.BVSGE, B0, B1).is(T);

        comparisonsAt(8, "7f", "80", "ff");
        comparisonsAt(32, "7fff_ffff", "8000_0000", "ffff_ffff");
        comparisonsAt(64, MAX64, MIN64, ONES64);
        comparisonsAt(65, MAX65, MIN65, ONES65);
        comparisonsAt(128, MAX128, MIN128, ONES128);
    }

    /** The eight comparisons at the signed maximum, the signed minimum and all ones (-1) of one width. */
    private static void comparisonsAt(int w, String max, String min, String ones) {
        BitVecValue mx = x(w, max), mn = x(w, min), m1 = x(w, ones), z = x(w, "0");
        op(Op.BVULT, mx, mn).is(T);
        op(Op.BVULT, mn, mx).is(F);
        op(Op.BVULT, mx, mx).is(F);
        op(Op.BVULT, z, m1).is(T);
        op(Op.BVULE, mx, mx).is(T);
        op(Op.BVULE, m1, mn).is(F);
        op(Op.BVUGT, m1, mn).is(T);
        op(Op.BVUGT, mx, mn).is(F);
        op(Op.BVUGE, mn, m1).is(F);
        op(Op.BVUGE, m1, m1).is(T);
        op(Op.BVSLT, mx, mn).is(F);
        op(Op.BVSLT, mn, mx).is(T);
        op(Op.BVSLT, m1, z).is(T);
        op(Op.BVSLT, mn, mn).is(F);
        op(Op.BVSLE, mn, mn).is(T);
        op(Op.BVSLE, z, m1).is(F);
        op(Op.BVSGT, mx, mn).is(T);
        op(Op.BVSGT, m1, mx).is(F);
        op(Op.BVSGE, mn, m1).is(F); // min >= -1 is false
        op(Op.BVSGE, z, m1).is(T);
        op(Op.BVSGE, mx, mx).is(T);
    }

    // ------------------------------------------------------------------ concat, extract, extend, repeat

    private static void structural() {
        op(Op.CONCAT, B1, B0).is(b("10"));
        op(Op.CONCAT, B1, x(4, "0"), B1).is(b("100001"));
        op(Op.CONCAT, x(8, "ab"), x(8, "cd")).is(x(16, "abcd"));
        op(Op.CONCAT, x(8, "00"), x(8, "01")).is(x(16, "0001"));
        op(Op.CONCAT, x(32, "1234_5678"), x(32, "9abc_def0")).is(x(64, "1234_5678_9abc_def0"));
        op(Op.CONCAT, x(64, ONES64), B1).is(x(65, ONES65));
        op(Op.CONCAT, x(64, "0123_4567_89ab_cdef"), x(64, "fedc_ba98_7654_3210")).is(x(128, BIG128));
        op(Op.CONCAT, x(65, MIN65), B1).is(x(66, "2_0000_0000_0000_0001"));
        op(Op.CONCAT, x(128, "1"), x(8, "80")).is(x(136, "180"));
        op(Op.CONCAT, x(8, "ff"), x(128, "0")).is(x(136, "ff_0000_0000_0000_0000_0000_0000_0000_0000"));

        extract(0, 0, B1).is(B1);
        extract(0, 0, B0).is(B0);
        extract(7, 4, x(8, "ab")).is(x(4, "a"));
        extract(3, 0, x(8, "ab")).is(x(4, "b"));
        extract(7, 0, x(8, "ab")).is(x(8, "ab"));
        extract(7, 7, x(8, "80")).is(B1);
        extract(31, 31, x(32, "8000_0000")).is(B1);
        extract(15, 8, x(32, "1234_5678")).is(x(8, "56"));
        extract(63, 32, x(64, "0123_4567_89ab_cdef")).is(x(32, "0123_4567"));
        extract(35, 28, x(64, "0123_4567_89ab_cdef")).is(x(8, "78"));
        extract(63, 0, x(64, ONES64)).is(x(64, ONES64));
        extract(64, 64, x(65, MIN65)).is(B1);
        extract(64, 1, x(65, "1_0000_0000_0000_0001")).is(x(64, MIN64));
        extract(63, 0, x(65, ONES65)).is(x(64, ONES64));
        extract(64, 60, x(65, "1_f000_0000_0000_0000")).is(b("11111"));
        extract(127, 64, x(128, BIG128)).is(x(64, "0123_4567_89ab_cdef"));
        extract(71, 56, x(128, BIG128)).is(x(16, "effe"));
        extract(127, 127, x(128, MIN128)).is(B1);

        op(Op.ZERO_EXTEND, 0, B1).is(B1);
        op(Op.ZERO_EXTEND, 7, B1).is(x(8, "01"));
        op(Op.ZERO_EXTEND, 8, x(8, "80")).is(x(16, "0080"));
        op(Op.ZERO_EXTEND, 57, x(8, "ff")).is(x(65, "ff"));
        op(Op.ZERO_EXTEND, 32, x(32, "8000_0000")).is(x(64, "8000_0000"));
        op(Op.ZERO_EXTEND, 1, x(64, MIN64)).is(x(65, "0_8000_0000_0000_0000"));
        op(Op.ZERO_EXTEND, 64, x(64, ONES64)).is(x(128, ONES64));
        op(Op.ZERO_EXTEND, 63, x(65, MIN65)).is(x(128, "1_0000_0000_0000_0000"));
        op(Op.ZERO_EXTEND, 8, x(128, ONES128)).is(x(136, "00" + ONES128));

        op(Op.SIGN_EXTEND, 0, B1).is(B1);
        op(Op.SIGN_EXTEND, 7, B1).is(x(8, "ff"));
        op(Op.SIGN_EXTEND, 7, B0).is(x(8, "00"));
        op(Op.SIGN_EXTEND, 8, x(8, "80")).is(x(16, "ff80"));
        op(Op.SIGN_EXTEND, 8, x(8, "7f")).is(x(16, "007f"));
        op(Op.SIGN_EXTEND, 57, x(8, "80")).is(x(65, "1_ffff_ffff_ffff_ff80"));
        op(Op.SIGN_EXTEND, 32, x(32, "8000_0000")).is(x(64, "ffff_ffff_8000_0000"));
        op(Op.SIGN_EXTEND, 32, x(32, "7fff_ffff")).is(x(64, "7fff_ffff"));
        op(Op.SIGN_EXTEND, 1, x(64, MIN64)).is(x(65, "1_8000_0000_0000_0000"));
        op(Op.SIGN_EXTEND, 64, x(64, MIN64)).is(x(128, "ffff_ffff_ffff_ffff_8000_0000_0000_0000"));
        op(Op.SIGN_EXTEND, 64, x(64, MAX64)).is(x(128, MAX64));
        op(Op.SIGN_EXTEND, 63, x(65, MIN65)).is(x(128, "ffff_ffff_ffff_ffff_0000_0000_0000_0000"));
        op(Op.SIGN_EXTEND, 63, x(65, MAX65)).is(x(128, ONES64));
        op(Op.SIGN_EXTEND, 8, x(128, MIN128)).is(x(136, "ff" + MIN128));

        op(Op.REPEAT, 1, B1).is(B1);
        op(Op.REPEAT, 3, B1).is(b("111"));
        op(Op.REPEAT, 3, B0).is(b("000"));
        op(Op.REPEAT, 8, B1).is(x(8, "ff"));
        op(Op.REPEAT, 65, B1).is(x(65, ONES65));
        op(Op.REPEAT, 2, x(8, "ab")).is(x(16, "abab"));
        op(Op.REPEAT, 9, x(8, "81")).is(x(72, "81_8181_8181_8181_8181"));
        op(Op.REPEAT, 2, x(32, "1234_5678")).is(x(64, "1234_5678_1234_5678"));
        op(Op.REPEAT, 3, x(32, "1234_5678")).is(x(96, "1234_5678_1234_5678_1234_5678"));
        op(Op.REPEAT, 2, x(64, "8000_0000_0000_0001")).is(x(128, "8000_0000_0000_0001_8000_0000_0000_0001"));
        op(Op.REPEAT, 2, x(65, "1_0000_0000_0000_0001")).is(x(130, "2_0000_0000_0000_0003_0000_0000_0000_0001"));
        op(Op.REPEAT, 1, x(128, BIG128)).is(x(128, BIG128));
        op(Op.REPEAT, 2, x(128, "1")).is(x(256, "1_0000_0000_0000_0000_0000_0000_0000_0001"));
    }

    // ------------------------------------------------------------------ running the table

    @TestFactory
    Stream<DynamicTest> evaluatorComputesEveryCase() {
        Evaluator evaluator = new Evaluator();
        return CASES.stream().map(c -> DynamicTest.dynamicTest(c.describe(), () -> {
            List<Term> args = new ArrayList<>();
            for (Value v : c.args()) args.add(Term.lit(v));
            Term term = Term.app(c.op(), c.indices(), args);
            assertEquals(c.expected().sort(), term.sort(), "sort of " + term);
            Value viaEvaluator = evaluator.eval(term, Map.of());
            assertEquals(c.expected(), viaEvaluator, c.describe() + ", evaluated " + term);
            Value viaSemantics = Semantics.apply(c.op(), c.indices(), c.args());
            assertEquals(c.expected(), viaSemantics, c.describe() + ", Semantics.apply");
        }));
    }

    private static final Set<Op> BOOL_AND_INT_OPS = EnumSet.of(Op.NOT, Op.AND, Op.OR, Op.XOR, Op.IMPLIES,
            Op.ADD, Op.SUB, Op.MUL, Op.DIV, Op.MOD, Op.ABS, Op.LE, Op.LT, Op.GE, Op.GT);
    private static final Set<Op> POLYMORPHIC_OPS = EnumSet.of(Op.EQ, Op.DISTINCT, Op.ITE);

    @Test
    void everyOperatorHasCasesAtEveryWidth() {
        List<String> missing = new ArrayList<>();
        for (Op op : Op.values()) {
            Set<Integer> widths = new TreeSet<>();
            int count = 0;
            for (Case c : CASES) {
                if (c.op() != op) continue;
                count++;
                for (Value v : c.args()) {
                    if (v instanceof BitVecValue b) {
                        widths.add(b.width());
                        break;
                    }
                }
            }
            if (count == 0) {
                missing.add(op + ": no case");
                continue;
            }
            if (BOOL_AND_INT_OPS.contains(op) || POLYMORPHIC_OPS.contains(op)) continue;
            for (int w : new int[] {1, 8, 32, 64}) {
                if (!widths.contains(w)) missing.add(op + ": no case at width " + w);
            }
            if (widths.stream().noneMatch(w -> w > 64)) missing.add(op + ": no case wider than 64 bits");
        }
        assertTrue(missing.isEmpty(), String.join("\n", missing));
    }

    @Test
    void polymorphicOperatorsAreCoveredOnEverySort() {
        for (Op op : POLYMORPHIC_OPS) {
            Set<String> sorts = new TreeSet<>();
            for (Case c : CASES) {
                if (c.op() == op) sorts.add(c.args().get(c.args().size() - 1).sort().getClass().getSimpleName());
            }
            assertEquals(Set.of("BoolSort", "IntSort", "BitVecSort"), sorts, op.toString());
        }
    }

    // ------------------------------------------------------------------ values and evaluation around the table

    @Test
    void bitVecValuesNormaliseAndCompareByWidthAndBits() {
        assertEquals(x(8, "ff"), BitVecValue.of(8, -1L));
        assertEquals(x(8, "00"), BitVecValue.of(8, 256L));
        assertEquals(x(65, "0"), BitVecValue.of(65, BigInteger.ONE.shiftLeft(65)));
        assertEquals(x(65, ONES65), BitVecValue.of(65, BigInteger.valueOf(-1)));
        assertTrue(!x(8, "01").equals(x(16, "01")), "values of different widths differ");
        assertTrue(!x(65, "01").equals(x(64, "01")), "values of different widths differ");
        assertEquals(new BigInteger("-1"), x(65, ONES65).signed());
        assertEquals(new BigInteger("-18446744073709551616"), x(65, MIN65).signed());
        assertEquals(new BigInteger("18446744073709551615"), x(64, ONES64).unsigned());
        assertEquals(new BigInteger("-9223372036854775808"), x(64, MIN64).signed());
        assertEquals("#x00ff", x(16, "ff").toString());
        assertEquals("#b00101", BitVecValue.of(5, 5L).toString());
        assertEquals("#b1" + "0".repeat(64), x(65, MIN65).toString());
    }

    @Test
    void iteEvaluatesOnlyTheChosenBranch() {
        // the other branch reads a variable that has no value: evaluating it would throw
        Term t = Term.app(Op.ITE, Term.bool(true), Term.integer(1), new Term.Var("unbound", Sort.INT));
        assertEquals(i(1), new Evaluator().eval(t, Map.of()));
    }

    @Test
    void letIsParallel() {
        // (let ((x 2) (y x)) (+ x y)) with x = 10 outside: y reads the outer x
        Term.Var xv = new Term.Var("x", Sort.INT);
        Term.Var yv = new Term.Var("y", Sort.INT);
        Term body = Term.app(Op.ADD, xv, yv);
        Term let = new Term.Let(List.of(new Term.Binding("x", Term.integer(2)), new Term.Binding("y", xv)), body);
        assertEquals(i(12), new Evaluator().eval(let, Map.of("x", i(10))));
    }

    @Test
    void callsUseTheDefinition() {
        Term.Var a = new Term.Var("a", Sort.bitVec(8));
        FunctionDefinition inc = new FunctionDefinition("inc", List.of(a), Sort.bitVec(8),
                Term.app(Op.BVADD, a, Term.bitVec(8, 1)));
        Term call = new Term.Call("inc", List.of(Term.bitVec(8, 0xff)), Sort.bitVec(8));
        assertEquals(x(8, "00"), new Evaluator(Map.of("inc", inc)).eval(call, Map.of()));
    }
}
