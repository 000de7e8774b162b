package org.neurocegis.verify;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.z3.ArithExpr;
import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import com.microsoft.z3.IntExpr;
import com.microsoft.z3.IntNum;
import com.microsoft.z3.Model;
import com.microsoft.z3.Params;
import com.microsoft.z3.Solver;
import com.microsoft.z3.Status;
import com.microsoft.z3.Z3Exception;

import org.neurocegis.sygus.Problem;
import org.neurocegis.term.FunctionDefinition;
import org.neurocegis.term.Op;
import org.neurocegis.term.Sort;
import org.neurocegis.term.Term;
import org.neurocegis.term.Value;

/**
 * Int-blasting: a bit-vector query restated in linear integer arithmetic, for when Z3's bit-blaster gives up (a
 * 64-bit product by a magic constant is instant in LIA and out of reach bit-blasted).
 *
 * <p>Why an answer carries over: every bit-vector term of width w is represented by the unsigned number its bits
 * spell, an integer in [0, 2^w); variables are integers constrained to that range, and each operator is replaced by
 * an integer expression that yields exactly the representation of the SMT-LIB result for every input in range
 * (wrap-around by {@code mod 2^w}, division by zero as SMT-LIB defines it, sign read from the top bit). The map from
 * bit-vector assignments to in-range integer assignments is a bijection that preserves the value of every term, so
 * the integer query is satisfiable exactly when the bit-vector one is: unsat proves the bit-vector query. An operator
 * with no exact linear form (a product, quotient, shift or bitwise operation of two non-constant operands) is
 * {@link OutsideFragment}: no answer then. A model is still read back and replayed on the evaluator by callers,
 * like any counterexample. {@code IntBlastTest} checks every operator against the evaluator exhaustively at small
 * widths.
 */
public final class IntBlast {
    private IntBlast() {}

    /** The query uses an operator int-blasting cannot restate exactly and linearly; the message names it. */
    public static final class OutsideFragment extends RuntimeException {
        OutsideFragment(String message) {
            super(message);
        }
    }

    /** What the integer query said: proved, a point (bit-vector values read back), or undecided and why. */
    public sealed interface Answer {
        record Proved() implements Answer {}

        record Point(Map<String, Value> point) implements Answer {}

        record Undecided(String reason) implements Answer {}
    }

    /**
     * Checks {@code assumes and not(constraints)} of the problem, int-blasted, with the candidate bodies, in a
     * context of its own.
     */
    public static Answer check(Problem problem, Map<String, FunctionDefinition> candidate, List<Term> constraints,
                               int timeoutMillis) {
        return check(problem, candidate, constraints, timeoutMillis, null);
    }

    /**
     * Starts the int-blasted check on a thread of its own, beside the caller's bit-vector check: whichever decides
     * first saves waiting for the other (a bit-vector query that times out, an integer one that is slow).
     */
    public static Beside beside(Problem problem, Map<String, FunctionDefinition> candidate, List<Term> constraints,
                                int timeoutMillis) {
        return new Beside(problem, candidate, constraints, timeoutMillis);
    }

    /**
     * An int-blasted check running on its own thread. While a rival context is set, a decisive answer here
     * interrupts it; closing stops this check (interrupted, joined) and leaves the answer undecided if it had none.
     */
    public static final class Beside implements AutoCloseable {
        private final Object lock = new Object();
        private final Thread thread;
        private Context own;
        private Context rival;
        private boolean interrupted;
        private boolean over;
        private volatile Answer answer = new Answer.Undecided("int-blasting was stopped");

        private Beside(Problem problem, Map<String, FunctionDefinition> candidate, List<Term> constraints, int timeoutMillis) {
            thread = new Thread(() -> {
                try {
                    answer = check(problem, candidate, constraints, timeoutMillis, this);
                } catch (Z3Exception ex) {
                    // stopped by close() outside the check itself (e.g. while reading the model)
                    answer = new Answer.Undecided("int-blasting was stopped (" + ex.getMessage() + ")");
                }
            }, "neurocegis-int-blast");
            thread.setDaemon(true);
            thread.start();
        }

        /**
         * Runs the caller's own check of {@code solver} (in {@code ctx}) with this one free to interrupt it when it
         * decides first: the caller's status, or null when this one decided first and interrupted it (then the caller
         * must take {@link #await}'s answer and leave its own context's results alone: its model may be unreadable).
         */
        public Status race(Solver solver, Context ctx) {
            synchronized (lock) {
                rival = ctx;
                interrupted = false;
            }
            Status status;
            boolean stopped;
            try {
                status = solver.check();
            } finally {
                synchronized (lock) {
                    rival = null;
                    stopped = interrupted;
                }
            }
            return stopped ? null : status;
        }

        /** Waits for the answer. */
        public Answer await() {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return answer;
        }

        /** Stops the check: interrupts it until its thread ends (an interrupt reaches only a check under way). */
        @Override
        public void close() {
            try {
                while (thread.isAlive()) {
                    synchronized (lock) {
                        over = true;
                        rival = null;
                        if (own != null) own.interrupt();
                    }
                    thread.join(20);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** Whether the check may go on in {@code ctx} (not stopped meanwhile); null when the context closes. */
        private boolean opened(Context ctx) {
            synchronized (lock) {
                own = ctx;
                return !over;
            }
        }

        private void decided() {
            synchronized (lock) {
                if (rival != null) {
                    rival.interrupt();
                    interrupted = true;
                }
            }
        }
    }

    private static Answer check(Problem problem, Map<String, FunctionDefinition> candidate, List<Term> constraints,
                                int timeoutMillis, Beside beside) {
        Problem.Specification spec = problem.specification();
        boolean bitVectors = false;
        for (Term.Var v : spec.variables()) bitVectors |= v.sort() instanceof Sort.BitVecSort;
        for (FunctionDefinition f : candidate.values()) bitVectors |= f.returnSort() instanceof Sort.BitVecSort;
        if (!bitVectors) return new Answer.Undecided("no bit-vectors to int-blast");
        try (Context ctx = Z3Contexts.open()) {
            try {
                if (beside != null && !beside.opened(ctx)) return new Answer.Undecided("int-blasting was stopped");
                Answer answer = check(ctx, problem, candidate, constraints, timeoutMillis);
                if (beside != null && !(answer instanceof Answer.Undecided)) beside.decided();
                return answer;
            } finally {
                if (beside != null) beside.opened(null);
            }
        }
    }

    private static Answer check(Context ctx, Problem problem, Map<String, FunctionDefinition> candidate,
                                List<Term> constraints, int timeoutMillis) {
        Problem.Specification spec = problem.specification();
        Z3Translator translator = new Z3Translator(ctx, problem.definitionsByName()).with(candidate).intBlasting();
        Solver solver = ctx.mkSolver();
        Params params = ctx.mkParams();
        params.add("timeout", timeoutMillis > 0 ? timeoutMillis : Integer.MAX_VALUE);
        solver.setParameters(params);
        List<BoolExpr> goals = new ArrayList<>();
        try {
            for (Term.Var v : spec.variables()) solver.add(translator.inRange(v));
            for (Term a : spec.assumes()) solver.add(translator.translateBool(a));
            for (Term c : constraints) goals.add(translator.translateBool(c));
        } catch (OutsideFragment ex) {
            return new Answer.Undecided("the query is outside the fragment int-blasting restates exactly (" + ex.getMessage() + ")");
        }
        solver.add(ctx.mkNot(ctx.mkAnd(goals.toArray(new BoolExpr[0]))));
        Status status = solver.check();
        if (status == Status.UNSATISFIABLE) return new Answer.Proved();
        if (status == Status.UNKNOWN) {
            return new Answer.Undecided("int-blasted, Z3 could not decide either (" + solver.getReasonUnknown() + ")");
        }
        Model model = solver.getModel();
        Map<String, Value> point = new LinkedHashMap<>();
        for (Term.Var v : spec.variables()) {
            point.put(v.name(), Z3Translator.valueOf(model.eval(translator.variable(v), true), v.sort()));
        }
        return new Answer.Point(point);
    }

    /**
     * The integer form of a bit-vector operator applied to {@code a} (its operands' integer forms); null for an
     * operator that is not a bit-vector one (Boolean, Int, equality, ite: those keep their meaning on integers).
     */
    static Expr<?> apply(Context ctx, Term.App app, Expr<?>[] a) {
        Op op = app.op();
        List<Integer> idx = app.indices();
        return switch (op) {
            case NOT, AND, OR, XOR, IMPLIES, EQ, DISTINCT, ITE, ADD, SUB, MUL, DIV, MOD, ABS, LE, LT, GE, GT -> null;
            case CONCAT -> {
                ArithExpr<?> r = num(a[0]);
                for (int i = 1; i < a.length; i++) {
                    r = ctx.mkAdd(ctx.mkMul(r, pow2(ctx, width(app.args().get(i)))), num(a[i]));
                }
                yield r;
            }
            case EXTRACT -> bits(ctx, num(a[0]), idx.get(1), idx.get(0) - idx.get(1) + 1);
            case ZERO_EXTEND -> a[0];
            case SIGN_EXTEND -> {
                int w = width(app.args().get(0));
                BigInteger fill = BigInteger.ONE.shiftLeft(w + idx.get(0)).subtract(BigInteger.ONE.shiftLeft(w));
                yield ctx.mkITE(negative(ctx, a[0], w), ctx.mkAdd(num(a[0]), ctx.mkInt(fill.toString())), a[0]);
            }
            case ROTATE_LEFT, ROTATE_RIGHT -> {
                int w = width(app);
                int k = Math.floorMod(op == Op.ROTATE_LEFT ? idx.get(0) : -idx.get(0), w);
                yield k == 0 ? a[0] : ctx.mkAdd(wrap(ctx, ctx.mkMul(num(a[0]), pow2(ctx, k)), w),
                        ctx.mkDiv(num(a[0]), pow2(ctx, w - k)));
            }
            case REPEAT -> {
                int w = width(app.args().get(0));
                ArithExpr<?> r = num(a[0]);
                for (int i = 1; i < idx.get(0); i++) r = ctx.mkAdd(ctx.mkMul(r, pow2(ctx, w)), num(a[0]));
                yield r;
            }
            case BVNOT -> ctx.mkSub(ones(ctx, width(app)), num(a[0]));
            case BVNEG -> wrap(ctx, ctx.mkUnaryMinus(num(a[0])), width(app));
            case BVADD -> wrap(ctx, ctx.mkAdd(nums(a)), width(app));
            case BVSUB -> wrap(ctx, ctx.mkSub(nums(a)), width(app));
            case BVMUL -> multiply(ctx, a, width(app));
            case BVAND, BVOR, BVXOR, BVNAND, BVNOR, BVXNOR -> bitwise(ctx, op, a, width(app));
            case BVCOMP -> ctx.mkITE(ctx.mkEq(a[0], a[1]), ctx.mkInt(1), ctx.mkInt(0));
            case BVUDIV, BVUREM, BVSDIV, BVSREM, BVSMOD -> divide(ctx, op, a[0], constant(a[1], op), width(app));
            case BVSHL, BVLSHR, BVASHR -> shift(ctx, op, a[0], constant(a[1], op), width(app));
            case BVULT -> ctx.mkLt(num(a[0]), num(a[1]));
            case BVULE -> ctx.mkLe(num(a[0]), num(a[1]));
            case BVUGT -> ctx.mkGt(num(a[0]), num(a[1]));
            case BVUGE -> ctx.mkGe(num(a[0]), num(a[1]));
            case BVSLT, BVSLE, BVSGT, BVSGE -> {
                int w = width(app.args().get(0));
                ArithExpr<?> x = signed(ctx, a[0], w), y = signed(ctx, a[1], w);
                yield switch (op) {
                    case BVSLT -> ctx.mkLt(x, y);
                    case BVSLE -> ctx.mkLe(x, y);
                    case BVSGT -> ctx.mkGt(x, y);
                    default -> ctx.mkGe(x, y);
                };
            }
        };
    }

    /** Products keep to LIA: all factors but one must be constants. */
    private static Expr<?> multiply(Context ctx, Expr<?>[] a, int w) {
        BigInteger factor = BigInteger.ONE;
        ArithExpr<?> variable = null;
        for (Expr<?> e : a) {
            BigInteger c = constantOrNull(e);
            if (c != null) {
                factor = factor.multiply(c);
            } else if (variable == null) {
                variable = num(e);
            } else {
                throw new OutsideFragment("bvmul of two non-constant operands");
            }
        }
        if (variable == null) return ctx.mkInt(factor.mod(BigInteger.ONE.shiftLeft(w)).toString());
        return wrap(ctx, ctx.mkMul(ctx.mkInt(factor.toString()), variable), w);
    }

    /**
     * A bitwise operation with a constant: the AND keeps the runs of ones of the mask (each an extract), and
     * {@code x|c = x + c - (x&c)}, {@code x^c = x + c - 2(x&c)}; the negated forms subtract from all ones.
     */
    private static Expr<?> bitwise(Context ctx, Op op, Expr<?>[] a, int w) {
        if (a.length != 2) throw new OutsideFragment(op.smtName() + " of more than two operands");
        BigInteger c = constantOrNull(a[1]);
        Expr<?> x = a[0];
        if (c == null) {
            c = constantOrNull(a[0]);
            x = a[1];
        }
        if (c == null) throw new OutsideFragment(op.smtName() + " of two non-constant operands");
        List<ArithExpr<?>> runs = new ArrayList<>();
        runs.add(ctx.mkInt(0));
        for (int lo = 0; lo < w; lo++) {
            if (!c.testBit(lo)) continue;
            int hi = lo;
            while (hi + 1 < w && c.testBit(hi + 1)) hi++;
            runs.add(ctx.mkMul(bits(ctx, num(x), lo, hi - lo + 1), pow2(ctx, lo)));
            lo = hi;
        }
        ArithExpr<?> and = ctx.mkAdd(runs.toArray(new ArithExpr[0]));
        ArithExpr<?> sum = ctx.mkAdd(num(x), ctx.mkInt(c.toString()));
        ArithExpr<?> r = switch (op) {
            case BVAND, BVNAND -> and;
            case BVOR, BVNOR -> ctx.mkSub(sum, and);
            default -> ctx.mkSub(sum, ctx.mkMul(ctx.mkInt(2), and));
        };
        return op == Op.BVNAND || op == Op.BVNOR || op == Op.BVXNOR ? ctx.mkSub(ones(ctx, w), r) : r;
    }

    /** Division by a constant divisor {@code c}, as SMT-LIB defines it (by 0 too); signed forms via magnitudes. */
    private static Expr<?> divide(Context ctx, Op op, Expr<?> x, BigInteger c, int w) {
        BigInteger modulus = BigInteger.ONE.shiftLeft(w);
        if (op == Op.BVUDIV) return c.signum() == 0 ? ones(ctx, w) : ctx.mkDiv(num(x), ctx.mkInt(c.toString()));
        if (op == Op.BVUREM) return c.signum() == 0 ? x : ctx.mkMod((IntExpr) x, ctx.mkInt(c.toString()));
        boolean negativeDivisor = c.testBit(w - 1);
        BigInteger magnitude = negativeDivisor ? modulus.subtract(c) : c;
        BoolExpr negativeDividend = negative(ctx, x, w);
        ArithExpr<?> absX = (ArithExpr<?>) ctx.mkITE(negativeDividend, ctx.mkSub(ctx.mkInt(modulus.toString()), num(x)), x);
        ArithExpr<?> q = magnitude.signum() == 0 ? ones(ctx, w) : ctx.mkDiv(absX, ctx.mkInt(magnitude.toString()));
        ArithExpr<?> r = magnitude.signum() == 0 ? absX : ctx.mkMod((IntExpr) absX, ctx.mkInt(magnitude.toString()));
        return switch (op) {
            case BVSDIV -> {
                BoolExpr flip = negativeDivisor ? ctx.mkNot(negativeDividend) : negativeDividend;
                yield ctx.mkITE(flip, wrap(ctx, ctx.mkUnaryMinus(q), w), q);
            }
            case BVSREM -> ctx.mkITE(negativeDividend, wrap(ctx, ctx.mkUnaryMinus(r), w), r);
            default -> {
                // bvsmod: the remainder takes the divisor's sign
                BoolExpr zero = ctx.mkEq(r, ctx.mkInt(0));
                Expr<?> signs = negativeDivisor
                        ? ctx.mkITE(negativeDividend, wrap(ctx, ctx.mkUnaryMinus(r), w), wrap(ctx, ctx.mkAdd(r, ctx.mkInt(c.toString())), w))
                        : ctx.mkITE(negativeDividend, wrap(ctx, ctx.mkSub(ctx.mkInt(c.toString()), r), w), r);
                yield ctx.mkITE(zero, ctx.mkInt(0), signs);
            }
        };
    }

    /** A shift by a constant amount {@code k}: a product or quotient by 2^k; at least w shifts everything out. */
    private static Expr<?> shift(Context ctx, Op op, Expr<?> x, BigInteger k, int w) {
        boolean all = k.compareTo(BigInteger.valueOf(w)) >= 0;
        int s = all ? w : k.intValue();
        return switch (op) {
            case BVSHL -> all ? ctx.mkInt(0) : wrap(ctx, ctx.mkMul(num(x), pow2(ctx, s)), w);
            case BVLSHR -> all ? ctx.mkInt(0) : ctx.mkDiv(num(x), pow2(ctx, s));
            default -> {
                BigInteger fill = BigInteger.ONE.shiftLeft(w).subtract(BigInteger.ONE.shiftLeft(w - s));
                ArithExpr<?> low = all ? ctx.mkInt(0) : ctx.mkDiv(num(x), pow2(ctx, s));
                yield ctx.mkITE(negative(ctx, x, w), ctx.mkAdd(low, ctx.mkInt(fill.toString())), low);
            }
        };
    }

    /** Bits {@code lo .. lo+n-1} of {@code x}, as a number. */
    private static ArithExpr<?> bits(Context ctx, ArithExpr<?> x, int lo, int n) {
        ArithExpr<?> shifted = lo == 0 ? x : ctx.mkDiv(x, pow2(ctx, lo));
        return wrap(ctx, shifted, n);
    }

    private static IntExpr wrap(Context ctx, ArithExpr<?> x, int w) {
        return ctx.mkMod((IntExpr) x, pow2(ctx, w));
    }

    private static BoolExpr negative(Context ctx, Expr<?> x, int w) {
        return ctx.mkGe(num(x), pow2(ctx, w - 1));
    }

    private static ArithExpr<?> signed(Context ctx, Expr<?> x, int w) {
        return (ArithExpr<?>) ctx.mkITE(negative(ctx, x, w), ctx.mkSub(num(x), pow2(ctx, w)), x);
    }

    private static IntNum pow2(Context ctx, int k) {
        return ctx.mkInt(BigInteger.ONE.shiftLeft(k).toString());
    }

    private static IntNum ones(Context ctx, int w) {
        return ctx.mkInt(BigInteger.ONE.shiftLeft(w).subtract(BigInteger.ONE).toString());
    }

    private static BigInteger constant(Expr<?> e, Op op) {
        BigInteger c = constantOrNull(e);
        if (c == null) throw new OutsideFragment(op.smtName() + " by a non-constant operand");
        return c;
    }

    /** The value of an operand that Z3's simplifier reduces to a numeral; null if it is not constant. */
    private static BigInteger constantOrNull(Expr<?> e) {
        Expr<?> s = e.isIntNum() ? e : e.simplify();
        return s.isIntNum() ? ((IntNum) s).getBigInteger() : null;
    }

    private static int width(Term t) {
        return ((Sort.BitVecSort) t.sort()).width();
    }

    private static ArithExpr<?> num(Expr<?> e) {
        return (ArithExpr<?>) e;
    }

    private static ArithExpr<?>[] nums(Expr<?>[] a) {
        ArithExpr<?>[] r = new ArithExpr<?>[a.length];
        for (int i = 0; i < a.length; i++) r[i] = num(a[i]);
        return r;
    }
}
