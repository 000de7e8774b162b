package org.neurocegis.term;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The built-in operators of Core, Ints (linear fragment plus {@code * div mod abs}) and FixedSizeBitVectors. */
public enum Op {
    NOT("not"), AND("and"), OR("or"), XOR("xor"), IMPLIES("=>"), EQ("="), DISTINCT("distinct"), ITE("ite"),
    ADD("+"), SUB("-"), MUL("*"), DIV("div"), MOD("mod"), ABS("abs"),
    LE("<="), LT("<"), GE(">="), GT(">"),
    CONCAT("concat"), EXTRACT("extract", 2), ZERO_EXTEND("zero_extend", 1), SIGN_EXTEND("sign_extend", 1),
    ROTATE_LEFT("rotate_left", 1), ROTATE_RIGHT("rotate_right", 1), REPEAT("repeat", 1),
    BVNOT("bvnot"), BVNEG("bvneg"), BVAND("bvand"), BVOR("bvor"), BVXOR("bvxor"), BVNAND("bvnand"),
    BVNOR("bvnor"), BVXNOR("bvxnor"), BVCOMP("bvcomp"), BVADD("bvadd"), BVSUB("bvsub"), BVMUL("bvmul"),
    BVUDIV("bvudiv"), BVUREM("bvurem"), BVSDIV("bvsdiv"), BVSREM("bvsrem"), BVSMOD("bvsmod"),
    BVSHL("bvshl"), BVLSHR("bvlshr"), BVASHR("bvashr"),
    BVULT("bvult"), BVULE("bvule"), BVUGT("bvugt"), BVUGE("bvuge"),
    BVSLT("bvslt"), BVSLE("bvsle"), BVSGT("bvsgt"), BVSGE("bvsge");

    private static final Map<String, Op> BY_NAME = new HashMap<>();

    static {
        for (Op op : values()) BY_NAME.put(op.smtName, op);
    }

    private final String smtName;
    private final int indexCount;

    Op(String smtName) {
        this(smtName, 0);
    }

    Op(String smtName, int indexCount) {
        this.smtName = smtName;
        this.indexCount = indexCount;
    }

    public String smtName() {
        return smtName;
    }

    /** How many numeric indices the operator takes in {@code (_ op i ...)}: 0 for plain operators. */
    public int indexCount() {
        return indexCount;
    }

    /** The operator with this SMT-LIB name, or null. */
    public static Op byName(String name) {
        return BY_NAME.get(name);
    }

    /** Operators whose value is commutative in their arguments (used to prune symmetric enumeration). */
    public boolean isCommutative() {
        return switch (this) {
            case AND, OR, XOR, EQ, DISTINCT, ADD, MUL, BVAND, BVOR, BVXOR, BVNAND, BVNOR, BVXNOR, BVCOMP,
                    BVADD, BVMUL -> true;
            default -> false;
        };
    }

    /** The sort of this operator applied to arguments of the given sorts, or a SortException saying why not. */
    public Sort resultSort(List<Integer> indices, List<Sort> args) {
        if (indices.size() != indexCount) {
            throw new SortException(indexCount == 0
                    ? "operator " + smtName + " takes no indices"
                    : "operator " + smtName + " takes " + indexCount + " ind" + (indexCount == 1 ? "ex" : "ices")
                    + ", got " + indices.size());
        }
        switch (this) {
            case NOT:
                arity(args, 1);
                all(args, Sort.BOOL);
                return Sort.BOOL;
            case AND: case OR: case XOR: case IMPLIES:
                atLeast(args, 2);
                all(args, Sort.BOOL);
                return Sort.BOOL;
            case EQ: case DISTINCT:
                atLeast(args, 2);
                same(args);
                return Sort.BOOL;
            case ITE:
                arity(args, 3);
                if (!args.get(0).equals(Sort.BOOL)) {
                    throw new SortException("ite expects a Bool condition, got " + args.get(0));
                }
                if (!args.get(1).equals(args.get(2))) {
                    throw new SortException("ite branches must have the same sort, got " + args.get(1) + " and " + args.get(2));
                }
                return args.get(1);
            case SUB:
                atLeast(args, 1);
                all(args, Sort.INT);
                return Sort.INT;
            case ADD: case MUL:
                atLeast(args, 2);
                all(args, Sort.INT);
                return Sort.INT;
            case DIV: case MOD:
                arity(args, 2);
                all(args, Sort.INT);
                return Sort.INT;
            case ABS:
                arity(args, 1);
                all(args, Sort.INT);
                return Sort.INT;
            case LE: case LT: case GE: case GT:
                atLeast(args, 2);
                all(args, Sort.INT);
                return Sort.BOOL;
            case CONCAT: {
                atLeast(args, 2);
                long width = 0;
                for (Sort s : args) width += bvWidth(s);
                return Sort.bitVec(checkedWidth(width));
            }
            case EXTRACT: {
                arity(args, 1);
                int w = bvWidth(args.get(0));
                int hi = indices.get(0), lo = indices.get(1);
                if (lo < 0 || hi < lo || hi >= w) {
                    throw new SortException("extract indices must satisfy " + (w - 1) + " >= i >= j >= 0, got i=" + hi + " j=" + lo);
                }
                return Sort.bitVec(hi - lo + 1);
            }
            case ZERO_EXTEND: case SIGN_EXTEND: {
                arity(args, 1);
                int extra = nonNegativeIndex(indices.get(0));
                return Sort.bitVec(checkedWidth((long) bvWidth(args.get(0)) + extra));
            }
            case ROTATE_LEFT: case ROTATE_RIGHT:
                arity(args, 1);
                nonNegativeIndex(indices.get(0));
                bvWidth(args.get(0));
                return args.get(0);
            case REPEAT: {
                arity(args, 1);
                int times = indices.get(0);
                if (times < 1) throw new SortException("repeat needs an index of at least 1, got " + times);
                return Sort.bitVec(checkedWidth((long) bvWidth(args.get(0)) * times));
            }
            case BVNOT: case BVNEG:
                arity(args, 1);
                bvWidth(args.get(0));
                return args.get(0);
            case BVAND: case BVOR: case BVXOR: case BVADD: case BVMUL:
                atLeast(args, 2);
                sameBitVec(args);
                return args.get(0);
            case BVNAND: case BVNOR: case BVXNOR: case BVSUB: case BVUDIV: case BVUREM: case BVSDIV: case BVSREM:
            case BVSMOD: case BVSHL: case BVLSHR: case BVASHR:
                arity(args, 2);
                sameBitVec(args);
                return args.get(0);
            case BVCOMP:
                arity(args, 2);
                sameBitVec(args);
                return Sort.bitVec(1);
            case BVULT: case BVULE: case BVUGT: case BVUGE: case BVSLT: case BVSLE: case BVSGT: case BVSGE:
                arity(args, 2);
                sameBitVec(args);
                return Sort.BOOL;
            default:
                throw new AssertionError(this);
        }
    }

    /** A computed width, refused when wider than {@link Sort.BitVecSort#MAX_WIDTH} (and so never overflowing an int). */
    private int checkedWidth(long width) {
        if (width > Sort.BitVecSort.MAX_WIDTH) {
            throw new SortException(smtName + " would give a bit-vector of " + width + " bits, more than the "
                    + Sort.BitVecSort.MAX_WIDTH + " supported");
        }
        return (int) width;
    }

    private int nonNegativeIndex(int i) {
        if (i < 0) throw new SortException(smtName + " needs a non-negative index, got " + i);
        return i;
    }

    private void arity(List<Sort> args, int n) {
        if (args.size() != n) {
            throw new SortException(smtName + " expects " + n + " argument" + (n == 1 ? "" : "s") + ", got " + args.size());
        }
    }

    private void atLeast(List<Sort> args, int n) {
        if (args.size() < n) {
            throw new SortException(smtName + " expects at least " + n + " argument" + (n == 1 ? "" : "s") + ", got " + args.size());
        }
    }

    private void all(List<Sort> args, Sort expected) {
        for (Sort s : args) {
            if (!s.equals(expected)) {
                throw new SortException(smtName + " expects arguments of sort " + expected + ", got " + s);
            }
        }
    }

    private void same(List<Sort> args) {
        for (Sort s : args) {
            if (!s.equals(args.get(0))) {
                throw new SortException(smtName + " expects arguments of the same sort, got " + args.get(0) + " and " + s);
            }
        }
    }

    private int bvWidth(Sort s) {
        if (s instanceof Sort.BitVecSort bv) return bv.width();
        throw new SortException(smtName + " expects bit-vector arguments, got " + s);
    }

    private void sameBitVec(List<Sort> args) {
        bvWidth(args.get(0));
        for (Sort s : args) {
            if (!s.equals(args.get(0))) {
                throw new SortException(smtName + " expects arguments of the same bit-vector sort, got "
                        + args.get(0) + " and " + s);
            }
        }
    }
}
