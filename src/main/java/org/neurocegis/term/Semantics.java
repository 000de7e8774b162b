package org.neurocegis.term;

import java.math.BigInteger;
import java.util.List;

import org.neurocegis.term.Value.BitVecValue;
import org.neurocegis.term.Value.BoolValue;
import org.neurocegis.term.Value.IntValue;

/**
 * What each operator computes on concrete values, exactly as SMT-LIB defines it. Bit-vectors up to 64 bits take
 * the long path of {@link BitVecArith}; wider ones the BigInteger path. Int is unbounded. SMT-LIB leaves
 * {@code (div x 0)} and {@code (mod x 0)} unspecified; here they are 0 and x (cvc5's choice), and the verifier
 * never relies on either.
 */
public final class Semantics {
    private Semantics() {}

    public static Value apply(Op op, List<Integer> indices, List<Value> args) {
        switch (op) {
            case NOT: return Value.of(!bool(args.get(0)));
            case AND: {
                for (Value v : args) if (!bool(v)) return Value.FALSE;
                return Value.TRUE;
            }
            case OR: {
                for (Value v : args) if (bool(v)) return Value.TRUE;
                return Value.FALSE;
            }
            case XOR: {
                boolean r = false;
                for (Value v : args) r ^= bool(v);
                return Value.of(r);
            }
            case IMPLIES: {
                // right-associative: a => b => c is a => (b => c)
                boolean r = bool(args.get(args.size() - 1));
                for (int i = args.size() - 2; i >= 0; i--) r = !bool(args.get(i)) || r;
                return Value.of(r);
            }
            case EQ: {
                for (int i = 1; i < args.size(); i++) if (!args.get(i).equals(args.get(0))) return Value.FALSE;
                return Value.TRUE;
            }
            case DISTINCT: {
                for (int i = 0; i < args.size(); i++)
                    for (int j = i + 1; j < args.size(); j++)
                        if (args.get(i).equals(args.get(j))) return Value.FALSE;
                return Value.TRUE;
            }
            case ITE: return bool(args.get(0)) ? args.get(1) : args.get(2);
            case ADD: {
                BigInteger r = BigInteger.ZERO;
                for (Value v : args) r = r.add(integer(v));
                return Value.of(r);
            }
            case MUL: {
                BigInteger r = BigInteger.ONE;
                for (Value v : args) r = r.multiply(integer(v));
                return Value.of(r);
            }
            case SUB: {
                if (args.size() == 1) return Value.of(integer(args.get(0)).negate());
                BigInteger r = integer(args.get(0));
                for (int i = 1; i < args.size(); i++) r = r.subtract(integer(args.get(i)));
                return Value.of(r);
            }
            case DIV: return Value.of(intDiv(integer(args.get(0)), integer(args.get(1))));
            case MOD: return Value.of(intMod(integer(args.get(0)), integer(args.get(1))));
            case ABS: return Value.of(integer(args.get(0)).abs());
            case LE: case LT: case GE: case GT: {
                for (int i = 0; i + 1 < args.size(); i++) {
                    int c = integer(args.get(i)).compareTo(integer(args.get(i + 1)));
                    boolean ok = switch (op) {
                        case LE -> c <= 0;
                        case LT -> c < 0;
                        case GE -> c >= 0;
                        default -> c > 0;
                    };
                    if (!ok) return Value.FALSE;
                }
                return Value.TRUE;
            }
            default: return bitVector(op, indices, args);
        }
    }

    /** Euclidean division, SMT-LIB's: the remainder is never negative. */
    public static BigInteger intDiv(BigInteger a, BigInteger b) {
        if (b.signum() == 0) return BigInteger.ZERO;
        return a.subtract(intMod(a, b)).divide(b);
    }

    public static BigInteger intMod(BigInteger a, BigInteger b) {
        if (b.signum() == 0) return a;
        return a.mod(b.abs());
    }

    private static Value bitVector(Op op, List<Integer> indices, List<Value> args) {
        BitVecValue a = bv(args.get(0));
        int w = a.width();
        switch (op) {
            case CONCAT: {
                BigInteger r = BigInteger.ZERO;
                int width = 0;
                for (Value v : args) {
                    BitVecValue b = bv(v);
                    r = r.shiftLeft(b.width()).or(b.unsigned());
                    width += b.width();
                }
                return BitVecValue.of(width, r);
            }
            case EXTRACT: {
                int hi = indices.get(0), lo = indices.get(1);
                if (!a.isWide()) return BitVecValue.of(hi - lo + 1, BitVecArith.extract(a.bits(), hi, lo));
                return BitVecValue.of(hi - lo + 1, a.unsigned().shiftRight(lo));
            }
            case ZERO_EXTEND: return BitVecValue.of(w + indices.get(0), a.unsigned());
            case SIGN_EXTEND: return BitVecValue.of(w + indices.get(0), a.signed());
            case REPEAT: {
                BigInteger r = BigInteger.ZERO;
                for (int i = 0; i < indices.get(0); i++) r = r.shiftLeft(w).or(a.unsigned());
                return BitVecValue.of(w * indices.get(0), r);
            }
            case BVCOMP: return BitVecValue.of(1, a.equals(args.get(1)) ? 1 : 0);
            default: break;
        }
        if (w <= 64) return narrow(op, indices, args, w);
        return wide(op, indices, args, w);
    }

    private static Value narrow(Op op, List<Integer> indices, List<Value> args, int w) {
        long a = bv(args.get(0)).bits();
        long b = args.size() > 1 ? bv(args.get(1)).bits() : 0;
        switch (op) {
            case BVNOT: return BitVecValue.of(w, BitVecArith.not(a, w));
            case BVNEG: return BitVecValue.of(w, BitVecArith.neg(a, w));
            case ROTATE_LEFT: return BitVecValue.of(w, BitVecArith.rotateLeft(a, indices.get(0), w));
            case ROTATE_RIGHT: return BitVecValue.of(w, BitVecArith.rotateRight(a, indices.get(0), w));
            case BVAND: case BVOR: case BVXOR: case BVADD: case BVMUL: {
                long r = a;
                for (int i = 1; i < args.size(); i++) r = narrowBinary(op, r, bv(args.get(i)).bits(), w);
                return BitVecValue.of(w, r);
            }
            case BVULT: return Value.of(BitVecArith.ult(a, b));
            case BVULE: return Value.of(BitVecArith.ule(a, b));
            case BVUGT: return Value.of(BitVecArith.ult(b, a));
            case BVUGE: return Value.of(BitVecArith.ule(b, a));
            case BVSLT: return Value.of(BitVecArith.slt(a, b, w));
            case BVSLE: return Value.of(BitVecArith.sle(a, b, w));
            case BVSGT: return Value.of(BitVecArith.slt(b, a, w));
            case BVSGE: return Value.of(BitVecArith.sle(b, a, w));
            default: return BitVecValue.of(w, narrowBinary(op, a, b, w));
        }
    }

    /** A binary bit-vector operator on the long path. */
    public static long narrowBinary(Op op, long a, long b, int w) {
        return switch (op) {
            case BVAND -> a & b;
            case BVOR -> a | b;
            case BVXOR -> a ^ b;
            case BVNAND -> BitVecArith.not(a & b, w);
            case BVNOR -> BitVecArith.not(a | b, w);
            case BVXNOR -> BitVecArith.not(a ^ b, w);
            case BVADD -> BitVecArith.add(a, b, w);
            case BVSUB -> BitVecArith.sub(a, b, w);
            case BVMUL -> BitVecArith.mul(a, b, w);
            case BVUDIV -> BitVecArith.udiv(a, b, w);
            case BVUREM -> BitVecArith.urem(a, b, w);
            case BVSDIV -> BitVecArith.sdiv(a, b, w);
            case BVSREM -> BitVecArith.srem(a, b, w);
            case BVSMOD -> BitVecArith.smod(a, b, w);
            case BVSHL -> BitVecArith.shl(a, b, w);
            case BVLSHR -> BitVecArith.lshr(a, b, w);
            case BVASHR -> BitVecArith.ashr(a, b, w);
            default -> throw new IllegalArgumentException("not a binary bit-vector operator: " + op);
        };
    }

    private static Value wide(Op op, List<Integer> indices, List<Value> args, int w) {
        BigInteger a = bv(args.get(0)).unsigned();
        BigInteger b = args.size() > 1 ? bv(args.get(1)).unsigned() : BigInteger.ZERO;
        switch (op) {
            case BVNOT: return BitVecValue.of(w, BitVecArith.not(a, w));
            case BVNEG: return BitVecValue.of(w, BitVecArith.neg(a, w));
            case ROTATE_LEFT: return BitVecValue.of(w, BitVecArith.rotateLeft(a, indices.get(0), w));
            case ROTATE_RIGHT: return BitVecValue.of(w, BitVecArith.rotateRight(a, indices.get(0), w));
            case BVAND: case BVOR: case BVXOR: case BVADD: case BVMUL: {
                BigInteger r = a;
                for (int i = 1; i < args.size(); i++) r = wideBinary(op, r, bv(args.get(i)).unsigned(), w);
                return BitVecValue.of(w, r);
            }
            case BVULT: return Value.of(a.compareTo(b) < 0);
            case BVULE: return Value.of(a.compareTo(b) <= 0);
            case BVUGT: return Value.of(a.compareTo(b) > 0);
            case BVUGE: return Value.of(a.compareTo(b) >= 0);
            case BVSLT: return Value.of(BitVecArith.toSigned(a, w).compareTo(BitVecArith.toSigned(b, w)) < 0);
            case BVSLE: return Value.of(BitVecArith.toSigned(a, w).compareTo(BitVecArith.toSigned(b, w)) <= 0);
            case BVSGT: return Value.of(BitVecArith.toSigned(a, w).compareTo(BitVecArith.toSigned(b, w)) > 0);
            case BVSGE: return Value.of(BitVecArith.toSigned(a, w).compareTo(BitVecArith.toSigned(b, w)) >= 0);
            default: return BitVecValue.of(w, wideBinary(op, a, b, w));
        }
    }

    private static BigInteger wideBinary(Op op, BigInteger a, BigInteger b, int w) {
        return switch (op) {
            case BVAND -> a.and(b);
            case BVOR -> a.or(b);
            case BVXOR -> a.xor(b);
            case BVNAND -> BitVecArith.not(a.and(b), w);
            case BVNOR -> BitVecArith.not(a.or(b), w);
            case BVXNOR -> BitVecArith.not(a.xor(b), w);
            case BVADD -> BitVecArith.add(a, b, w);
            case BVSUB -> BitVecArith.sub(a, b, w);
            case BVMUL -> BitVecArith.mul(a, b, w);
            case BVUDIV -> BitVecArith.udiv(a, b, w);
            case BVUREM -> BitVecArith.urem(a, b, w);
            case BVSDIV -> BitVecArith.sdiv(a, b, w);
            case BVSREM -> BitVecArith.srem(a, b, w);
            case BVSMOD -> BitVecArith.smod(a, b, w);
            case BVSHL -> BitVecArith.shl(a, b, w);
            case BVLSHR -> BitVecArith.lshr(a, b, w);
            case BVASHR -> BitVecArith.ashr(a, b, w);
            default -> throw new IllegalArgumentException("not a binary bit-vector operator: " + op);
        };
    }

    private static boolean bool(Value v) {
        return ((BoolValue) v).value();
    }

    private static BigInteger integer(Value v) {
        return ((IntValue) v).value();
    }

    private static BitVecValue bv(Value v) {
        return (BitVecValue) v;
    }
}
