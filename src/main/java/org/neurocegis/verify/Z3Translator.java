package org.neurocegis.verify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.z3.ArithExpr;
import com.microsoft.z3.BitVecExpr;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import com.microsoft.z3.IntExpr;
import com.microsoft.z3.IntNum;
import com.microsoft.z3.BitVecNum;

import org.neurocegis.term.FunctionDefinition;
import org.neurocegis.term.Op;
import org.neurocegis.term.Sort;
import org.neurocegis.term.Term;
import org.neurocegis.term.Value;

/**
 * Translates terms into Z3 expressions of one {@link Context}. Calls of defined functions are inlined (memoised per
 * function and argument expressions, so that shared sub-terms stay shared); variables map to Z3 constants of the
 * same name unless an environment binds them. Int {@code div}/{@code mod} keep Z3's (SMT-LIB's) semantics, where
 * division by zero is unspecified: a proof then holds whatever it means.
 */
@SuppressWarnings({"unchecked", "rawtypes"})
public final class Z3Translator {
    private final Context ctx;
    private final Map<String, FunctionDefinition> functions;
    private final Map<List<Object>, Expr> callCache = new HashMap<>();
    /**
     * Each called function's body, translated once over its parameters as Z3 constants: a call substitutes its
     * arguments in Z3 (one native call), where translating the body anew for every call cost 0.1 s on a
     * programming-by-example problem (a candidate called at each of 63 examples, calling defined functions).
     */
    private final Map<String, Template> templates = new HashMap<>();

    /** A function's body over {@code params}, constants that occur in nothing else it holds (bodies are closed). */
    private record Template(Expr[] params, Expr body) {}
    /** Functions known only by name and sort, left to Z3 to choose (e.g. the value at a blamed position). */
    private final Map<String, com.microsoft.z3.FuncDecl> uninterpreted;
    /** Bit-vectors as integers in [0, 2^w) ({@link IntBlast}) instead of Z3 bit-vectors. */
    private final boolean intBlast;

    public Z3Translator(Context ctx, Map<String, FunctionDefinition> functions) {
        this(ctx, functions, Map.of(), false);
    }

    private Z3Translator(Context ctx, Map<String, FunctionDefinition> functions,
                         Map<String, com.microsoft.z3.FuncDecl> uninterpreted, boolean intBlast) {
        this.ctx = ctx;
        this.functions = Map.copyOf(functions);
        this.uninterpreted = Map.copyOf(uninterpreted);
        this.intBlast = intBlast;
    }

    /**
     * A translator over the same context that int-blasts ({@link IntBlast}): translating a term outside its fragment
     * throws {@link IntBlast.OutsideFragment}; variables need {@link #inRange}.
     */
    public Z3Translator intBlasting() {
        return new Z3Translator(ctx, functions, uninterpreted, true);
    }

    /** The range of a variable's integer form when int-blasting (true otherwise, and for other sorts). */
    public BoolExpr inRange(Term.Var v) {
        if (!intBlast || !(v.sort() instanceof Sort.BitVecSort bv)) return ctx.mkTrue();
        IntExpr x = (IntExpr) variable(v);
        return ctx.mkAnd(ctx.mkGe(x, ctx.mkInt(0)), ctx.mkLt(x, ctx.mkInt(java.math.BigInteger.ONE.shiftLeft(bv.width()).toString())));
    }

    /** A translator that also translates calls of {@code name} as applications of an uninterpreted function. */
    public Z3Translator withUninterpreted(String name, List<Sort> params, Sort result) {
        com.microsoft.z3.Sort[] domain = new com.microsoft.z3.Sort[params.size()];
        for (int i = 0; i < domain.length; i++) domain[i] = sort(params.get(i));
        Map<String, com.microsoft.z3.FuncDecl> all = new HashMap<>(uninterpreted);
        all.put(name, ctx.mkFuncDecl(name, domain, sort(result)));
        return new Z3Translator(ctx, functions, all, intBlast);
    }

    /** A translator over the same context that also knows {@code more} (e.g. candidate bodies), with a fresh cache. */
    public Z3Translator with(Map<String, FunctionDefinition> more) {
        Map<String, FunctionDefinition> all = new HashMap<>(functions);
        all.putAll(more);
        return new Z3Translator(ctx, all, uninterpreted, intBlast);
    }

    public Context context() {
        return ctx;
    }

    public com.microsoft.z3.Sort sort(Sort s) {
        if (s instanceof Sort.BitVecSort bv) return intBlast ? ctx.getIntSort() : ctx.mkBitVecSort(bv.width());
        if (s.equals(Sort.INT)) return ctx.getIntSort();
        return ctx.getBoolSort();
    }

    /** The Z3 constant for a variable. */
    public Expr variable(Term.Var v) {
        return ctx.mkConst(v.name(), sort(v.sort()));
    }

    public Expr value(Value v) {
        if (v instanceof Value.BoolValue b) return ctx.mkBool(b.value());
        if (v instanceof Value.IntValue i) return ctx.mkInt(i.value().toString());
        Value.BitVecValue bv = (Value.BitVecValue) v;
        if (intBlast) return ctx.mkInt(bv.unsigned().toString());
        return ctx.mkBV(bv.unsigned().toString(), bv.width());
    }

    /** Reads a value of a Z3 model back, for the given sort (a bit-vector's int-blasted form too). */
    public static Value valueOf(Expr e, Sort s) {
        if (s instanceof Sort.BitVecSort bv) {
            if (e instanceof IntNum n) return Value.BitVecValue.of(bv.width(), n.getBigInteger());
            return Value.BitVecValue.of(bv.width(), ((BitVecNum) e).getBigInteger());
        }
        if (s.equals(Sort.INT)) return Value.of(((IntNum) e).getBigInteger());
        return Value.of(e.isTrue());
    }

    public BoolExpr translateBool(Term t) {
        return (BoolExpr) translate(t, Map.of());
    }

    public Expr translate(Term t, Map<String, Expr> env) {
        if (t instanceof Term.Lit l) return value(l.value());
        if (t instanceof Term.Var v) {
            Expr bound = env.get(v.name());
            return bound != null ? bound : variable(v);
        }
        if (t instanceof Term.Let l) {
            Map<String, Expr> inner = new HashMap<>(env);
            for (Term.Binding b : l.bindings()) inner.put(b.name(), translate(b.value(), env));
            return translate(l.body(), inner);
        }
        if (t instanceof Term.Call c) {
            FunctionDefinition f = functions.get(c.function());
            com.microsoft.z3.FuncDecl free = uninterpreted.get(c.function());
            if (f == null && free != null) {
                if (intBlast) throw new IntBlast.OutsideFragment("a function left to Z3 (" + c.function() + ")");
                Expr[] args = new Expr[c.args().size()];
                for (int i = 0; i < args.length; i++) args[i] = translate(c.args().get(i), env);
                return ctx.mkApp(free, args);
            }
            if (f == null) throw new IllegalArgumentException("no definition for function " + c.function());
            List<Object> key = new ArrayList<>();
            key.add(f.name());
            Expr[] args = new Expr[c.args().size()];
            for (int i = 0; i < args.length; i++) {
                args[i] = translate(c.args().get(i), env);
                key.add(args[i]);
            }
            Expr cached = callCache.get(key);
            if (cached == null) {
                Template template = templates.get(f.name());
                if (template == null) {
                    // not computeIfAbsent: the body's own calls add templates meanwhile
                    template = template(f);
                    templates.put(f.name(), template);
                }
                cached = template.body().substitute(template.params(), args);
                callCache.put(key, cached);
            }
            return cached;
        }
        if (t instanceof Term.App a) {
            Expr[] args = new Expr[a.args().size()];
            for (int i = 0; i < args.length; i++) args[i] = translate(a.args().get(i), env);
            if (intBlast) {
                Expr blasted = IntBlast.apply(ctx, a, args);
                if (blasted != null) return blasted;
            }
            return apply(a.op(), a.indices(), args);
        }
        throw new IllegalArgumentException("cannot translate a hole: " + t);
    }

    private Template template(FunctionDefinition f) {
        Expr[] params = new Expr[f.params().size()];
        Map<String, Expr> env = new HashMap<>();
        for (int i = 0; i < params.length; i++) {
            params[i] = variable(f.params().get(i));
            env.put(f.params().get(i).name(), params[i]);
        }
        return new Template(params, translate(f.body(), env));
    }

    private Expr apply(Op op, List<Integer> idx, Expr[] a) {
        switch (op) {
            case NOT: return ctx.mkNot((BoolExpr) a[0]);
            case AND: return ctx.mkAnd(bools(a));
            case OR: return ctx.mkOr(bools(a));
            case XOR: {
                BoolExpr r = (BoolExpr) a[0];
                for (int i = 1; i < a.length; i++) r = ctx.mkXor(r, (BoolExpr) a[i]);
                return r;
            }
            case IMPLIES: {
                BoolExpr r = (BoolExpr) a[a.length - 1];
                for (int i = a.length - 2; i >= 0; i--) r = ctx.mkImplies((BoolExpr) a[i], r);
                return r;
            }
            case EQ: {
                if (a.length == 2) return ctx.mkEq(a[0], a[1]);
                BoolExpr[] parts = new BoolExpr[a.length - 1];
                for (int i = 0; i + 1 < a.length; i++) parts[i] = ctx.mkEq(a[i], a[i + 1]);
                return ctx.mkAnd(parts);
            }
            case DISTINCT: return ctx.mkDistinct(a);
            case ITE: return ctx.mkITE((BoolExpr) a[0], a[1], a[2]);
            case ADD: return ctx.mkAdd(ariths(a));
            case MUL: return ctx.mkMul(ariths(a));
            case SUB: return a.length == 1 ? ctx.mkUnaryMinus((ArithExpr) a[0]) : ctx.mkSub(ariths(a));
            case DIV: return ctx.mkDiv((ArithExpr) a[0], (ArithExpr) a[1]);
            case MOD: return ctx.mkMod((IntExpr) a[0], (IntExpr) a[1]);
            case ABS: {
                ArithExpr x = (ArithExpr) a[0];
                return ctx.mkITE(ctx.mkGe(x, ctx.mkInt(0)), x, ctx.mkUnaryMinus(x));
            }
            case LE: case LT: case GE: case GT: {
                BoolExpr[] parts = new BoolExpr[a.length - 1];
                for (int i = 0; i + 1 < a.length; i++) {
                    ArithExpr x = (ArithExpr) a[i], y = (ArithExpr) a[i + 1];
                    parts[i] = switch (op) {
                        case LE -> ctx.mkLe(x, y);
                        case LT -> ctx.mkLt(x, y);
                        case GE -> ctx.mkGe(x, y);
                        default -> ctx.mkGt(x, y);
                    };
                }
                return parts.length == 1 ? parts[0] : ctx.mkAnd(parts);
            }
            case CONCAT: {
                BitVecExpr r = (BitVecExpr) a[0];
                for (int i = 1; i < a.length; i++) r = ctx.mkConcat(r, (BitVecExpr) a[i]);
                return r;
            }
            case EXTRACT: return ctx.mkExtract(idx.get(0), idx.get(1), (BitVecExpr) a[0]);
            case ZERO_EXTEND: return ctx.mkZeroExt(idx.get(0), (BitVecExpr) a[0]);
            case SIGN_EXTEND: return ctx.mkSignExt(idx.get(0), (BitVecExpr) a[0]);
            case ROTATE_LEFT: return ctx.mkBVRotateLeft(idx.get(0), (BitVecExpr) a[0]);
            case ROTATE_RIGHT: return ctx.mkBVRotateRight(idx.get(0), (BitVecExpr) a[0]);
            case REPEAT: return ctx.mkRepeat(idx.get(0), (BitVecExpr) a[0]);
            case BVNOT: return ctx.mkBVNot((BitVecExpr) a[0]);
            case BVNEG: return ctx.mkBVNeg((BitVecExpr) a[0]);
            case BVAND: case BVOR: case BVXOR: case BVADD: case BVMUL: {
                BitVecExpr r = (BitVecExpr) a[0];
                for (int i = 1; i < a.length; i++) r = bvBinary(op, r, (BitVecExpr) a[i]);
                return r;
            }
            case BVCOMP: return ctx.mkITE(ctx.mkEq(a[0], a[1]), ctx.mkBV(1, 1), ctx.mkBV(0, 1));
            case BVULT: return ctx.mkBVULT((BitVecExpr) a[0], (BitVecExpr) a[1]);
            case BVULE: return ctx.mkBVULE((BitVecExpr) a[0], (BitVecExpr) a[1]);
            case BVUGT: return ctx.mkBVUGT((BitVecExpr) a[0], (BitVecExpr) a[1]);
            case BVUGE: return ctx.mkBVUGE((BitVecExpr) a[0], (BitVecExpr) a[1]);
            case BVSLT: return ctx.mkBVSLT((BitVecExpr) a[0], (BitVecExpr) a[1]);
            case BVSLE: return ctx.mkBVSLE((BitVecExpr) a[0], (BitVecExpr) a[1]);
            case BVSGT: return ctx.mkBVSGT((BitVecExpr) a[0], (BitVecExpr) a[1]);
            case BVSGE: return ctx.mkBVSGE((BitVecExpr) a[0], (BitVecExpr) a[1]);
            default: return bvBinary(op, (BitVecExpr) a[0], (BitVecExpr) a[1]);
        }
    }

    private BitVecExpr bvBinary(Op op, BitVecExpr x, BitVecExpr y) {
        return switch (op) {
            case BVAND -> ctx.mkBVAND(x, y);
            case BVOR -> ctx.mkBVOR(x, y);
            case BVXOR -> ctx.mkBVXOR(x, y);
            case BVNAND -> ctx.mkBVNAND(x, y);
            case BVNOR -> ctx.mkBVNOR(x, y);
            case BVXNOR -> ctx.mkBVXNOR(x, y);
            case BVADD -> ctx.mkBVAdd(x, y);
            case BVSUB -> ctx.mkBVSub(x, y);
            case BVMUL -> ctx.mkBVMul(x, y);
            case BVUDIV -> ctx.mkBVUDiv(x, y);
            case BVUREM -> ctx.mkBVURem(x, y);
            case BVSDIV -> ctx.mkBVSDiv(x, y);
            case BVSREM -> ctx.mkBVSRem(x, y);
            case BVSMOD -> ctx.mkBVSMod(x, y);
            case BVSHL -> ctx.mkBVSHL(x, y);
            case BVLSHR -> ctx.mkBVLSHR(x, y);
            case BVASHR -> ctx.mkBVASHR(x, y);
            default -> throw new IllegalArgumentException("not a binary bit-vector operator: " + op);
        };
    }

    private static BoolExpr[] bools(Expr[] a) {
        BoolExpr[] r = new BoolExpr[a.length];
        for (int i = 0; i < a.length; i++) r[i] = (BoolExpr) a[i];
        return r;
    }

    private static ArithExpr[] ariths(Expr[] a) {
        ArithExpr[] r = new ArithExpr[a.length];
        for (int i = 0; i < a.length; i++) r[i] = (ArithExpr) a[i];
        return r;
    }

}
