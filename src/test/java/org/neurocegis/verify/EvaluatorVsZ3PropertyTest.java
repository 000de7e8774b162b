package org.neurocegis.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import org.neurocegis.term.Evaluator;
import org.neurocegis.term.FunctionDefinition;
import org.neurocegis.term.Op;
import org.neurocegis.term.Sort;
import org.neurocegis.term.Term;
import org.neurocegis.term.Value;

/**
 * The exact evaluator against Z3: random well-sorted ground terms over Bool, Int and bit-vectors of widths
 * 1, 8, 32, 64 and 72 (and whatever concat/extract/extend make of them) must evaluate to the value Z3's simplifier
 * reduces their translation to. Int div/mod only ever divide by terms that cannot be zero (SMT-LIB leaves
 * division by zero unspecified there); bit-vector division by zero is generated on purpose.
 *
 * <p>The class name ends in {@code Test} so that Surefire's default includes run it with {@code mvn test}.
 */
class EvaluatorVsZ3PropertyTest {
    private static final int[] WIDTHS = {1, 8, 32, 64, 72};

    private static final Sort BV8 = Sort.bitVec(8);
    private static final Sort BV72 = Sort.bitVec(72);

    /** Defined functions that generated terms may call: both sides must inline them the same way. */
    private static final Map<String, FunctionDefinition> DEFINITIONS = definitions();

    private static Context ctx;
    private static Z3Translator translator;

    @BeforeContainer
    static void openZ3() {
        ctx = new Context();
        translator = new Z3Translator(ctx, DEFINITIONS);
    }

    @AfterContainer
    static void closeZ3() {
        if (ctx != null) ctx.close();
        ctx = null;
        translator = null;
    }

    private static Map<String, FunctionDefinition> definitions() {
        Term.Var a8 = new Term.Var("a", BV8);
        Term.Var a = new Term.Var("a", Sort.INT);
        Term.Var b = new Term.Var("b", Sort.INT);
        Term.Var c = new Term.Var("c", Sort.BOOL);
        Term.Var x72 = new Term.Var("x", BV72);
        Term.Var y72 = new Term.Var("y", BV72);
        return Map.of(
                "inc8", new FunctionDefinition("inc8", List.of(a8), BV8, Term.app(Op.BVADD, a8, Term.bitVec(8, 1))),
                "absdiff", new FunctionDefinition("absdiff", List.of(a, b), Sort.INT,
                        Term.app(Op.ITE, Term.app(Op.GE, a, b), Term.app(Op.SUB, a, b), Term.app(Op.SUB, b, a))),
                "pick72", new FunctionDefinition("pick72", List.of(c, x72, y72), BV72,
                        Term.app(Op.ITE, c, Term.app(Op.BVXOR, x72, y72), Term.app(Op.BVNOT, y72))),
                "k42", new FunctionDefinition("k42", List.of(), Sort.INT, Term.integer(42)));
    }

    // ------------------------------------------------------------------ properties

    @Property(tries = 300)
    void evaluatorAgreesWithZ3OnRandomTerms(@ForAll("groundTerms") Term term) {
        check(term);
    }

    /** Each try checks every operator once, on literals (mostly edge values) of a random width. */
    @Property(tries = 300)
    void everyOperatorAgreesWithZ3AtEdgeValues(@ForAll Random random) {
        Generator g = new Generator(random);
        for (Op op : Op.values()) check(g.application(op));
    }

    private static void check(Term term) {
        Value mine = new Evaluator(DEFINITIONS).eval(term, Map.of());
        Expr<?> reduced = translator.translate(term, Map.of()).simplify();
        assertTrue(reduced.isNumeral() || reduced.isTrue() || reduced.isFalse(),
                () -> "Z3 did not reduce the term to a value: " + reduced + "\nterm: " + term);
        Value z3 = Z3Translator.valueOf(reduced, term.sort());
        assertEquals(z3, mine, () -> "the evaluator disagrees with Z3 on\n  " + term);
    }

    @Provide
    Arbitrary<Term> groundTerms() {
        return Arbitraries.randomValue(random -> {
            Generator g = new Generator(random);
            return g.term(g.sort(), 4);
        });
    }


    // ------------------------------------------------------------------ the generator

    static final class Generator {
        private final Random r;
        private final List<Term.Var> scope = new ArrayList<>();
        private int fresh;

        Generator(Random r) {
            this.r = r;
        }

        Sort sort() {
            int k = r.nextInt(10);
            if (k < 2) return Sort.BOOL;
            if (k < 4) return Sort.INT;
            return Sort.bitVec(WIDTHS[r.nextInt(WIDTHS.length)]);
        }

        private Sort bitVecSort() {
            return Sort.bitVec(WIDTHS[r.nextInt(WIDTHS.length)]);
        }

        Term term(Sort s, int depth) {
            if (depth <= 0 || r.nextInt(5) == 0) return leaf(s);
            if (r.nextInt(14) == 0) return let(s, depth);
            if (depth >= 2 && r.nextInt(12) == 0) return swap(s, depth);
            if (r.nextInt(16) == 0) {
                Term call = call(s, depth);
                if (call != null) return call;
            }
            if (s.equals(Sort.BOOL)) return boolTerm(depth - 1);
            if (s.equals(Sort.INT)) return intTerm(depth - 1);
            return bvTerm(((Sort.BitVecSort) s).width(), depth - 1);
        }

        /** An application of {@code op} to leaves, at a random width where the operator takes bit-vectors. */
        Term application(Op op) {
            int w = WIDTHS[r.nextInt(WIDTHS.length)];
            Sort s = Sort.bitVec(w);
            switch (op) {
                case NOT: return Term.app(op, leaf(Sort.BOOL));
                case AND: case OR: case XOR: case IMPLIES: return app(op, terms(Sort.BOOL, arity(), 0));
                case EQ: case DISTINCT: return app(op, terms(sort(), arity(), 0));
                case ITE: {
                    Sort branch = sort();
                    return Term.app(op, leaf(Sort.BOOL), leaf(branch), leaf(branch));
                }
                case ADD: case MUL: return app(op, terms(Sort.INT, arity(), 0));
                case SUB: return app(op, terms(Sort.INT, 1 + r.nextInt(3), 0));
                case DIV: case MOD: return Term.app(op, leaf(Sort.INT), nonZero(0));
                case ABS: return Term.app(op, leaf(Sort.INT));
                case LE: case LT: case GE: case GT: return app(op, terms(Sort.INT, arity(), 0));
                case CONCAT: return app(op, List.of(leaf(s), leaf(bitVecSort())));
                case EXTRACT: {
                    int hi = r.nextInt(w), lo = r.nextInt(hi + 1);
                    return Term.app(op, List.of(hi, lo), List.of(leaf(s)));
                }
                case ZERO_EXTEND: case SIGN_EXTEND: return Term.app(op, List.of(r.nextInt(70)), List.of(leaf(s)));
                case ROTATE_LEFT: case ROTATE_RIGHT: return Term.app(op, List.of(r.nextInt(3 * w + 2)), List.of(leaf(s)));
                case REPEAT: return Term.app(op, List.of(1 + r.nextInt(4)), List.of(leaf(s)));
                case BVNOT: case BVNEG: return Term.app(op, leaf(s));
                case BVAND: case BVOR: case BVXOR: case BVADD: case BVMUL: return app(op, terms(s, arity(), 0));
                case BVSHL: case BVLSHR: case BVASHR:
                    return Term.app(op, leaf(s), r.nextBoolean() ? shiftAmount(w) : leaf(s));
                case BVUDIV: case BVUREM: case BVSDIV: case BVSREM: case BVSMOD:
                    return Term.app(op, leaf(s), r.nextInt(4) == 0 ? Term.lit(Value.BitVecValue.of(w, 0)) : leaf(s));
                default: return Term.app(op, leaf(s), leaf(s)); // the remaining binary operators and comparisons
            }
        }

        private List<Term> terms(Sort s, int n, int depth) {
            List<Term> list = new ArrayList<>();
            for (int i = 0; i < n; i++) list.add(term(s, depth));
            return list;
        }

        private int arity() {
            return r.nextInt(4) == 0 ? 3 : 2;
        }

        // ---- leaves

        private Term leaf(Sort s) {
            if (!scope.isEmpty() && r.nextInt(3) == 0) {
                List<Term.Var> fitting = new ArrayList<>();
                for (Term.Var v : scope) if (v.sort().equals(s)) fitting.add(v);
                if (!fitting.isEmpty()) return fitting.get(r.nextInt(fitting.size()));
            }
            if (s.equals(Sort.BOOL)) return Term.bool(r.nextBoolean());
            if (s.equals(Sort.INT)) return Term.lit(Value.of(intValue()));
            return bvLiteral(((Sort.BitVecSort) s).width());
        }

        private BigInteger intValue() {
            return switch (r.nextInt(6)) {
                case 0 -> BigInteger.ZERO;
                case 1, 2 -> BigInteger.valueOf(r.nextInt(21) - 10);
                case 3 -> BigInteger.valueOf(r.nextInt());
                case 4 -> BigInteger.valueOf(r.nextBoolean() ? Long.MAX_VALUE : Long.MIN_VALUE).add(BigInteger.valueOf(r.nextInt(5) - 2));
                default -> {
                    BigInteger big = new BigInteger(64 + r.nextInt(64), r);
                    yield r.nextBoolean() ? big : big.negate();
                }
            };
        }

        private BigInteger nonZeroIntValue() {
            BigInteger v = intValue();
            return v.signum() == 0 ? BigInteger.valueOf(r.nextBoolean() ? 1 : -1) : v;
        }

        private Term bvLiteral(int w) {
            BigInteger one = BigInteger.ONE;
            BigInteger v = switch (r.nextInt(9)) {
                case 0 -> BigInteger.ZERO;
                case 1 -> one;
                case 2 -> one.shiftLeft(w).subtract(one); // all ones, -1
                case 3 -> one.shiftLeft(w - 1); // signed minimum
                case 4 -> one.shiftLeft(w - 1).subtract(one); // signed maximum
                case 5 -> BigInteger.valueOf(r.nextInt(w + 3)); // a plausible shift amount, sometimes >= w
                case 6 -> new BigInteger(w, r).setBit(w - 1); // negative
                default -> new BigInteger(w, r);
            };
            return Term.lit(Value.BitVecValue.of(w, v));
        }

        // ---- Bool

        private Term boolTerm(int d) {
            switch (r.nextInt(13)) {
                case 0: return Term.app(Op.NOT, term(Sort.BOOL, d));
                case 1: return app(Op.AND, terms(Sort.BOOL, arity(), d));
                case 2: return app(Op.OR, terms(Sort.BOOL, arity(), d));
                case 3: return app(Op.XOR, terms(Sort.BOOL, arity(), d));
                case 4: return app(Op.IMPLIES, terms(Sort.BOOL, arity(), d));
                case 5: return app(Op.EQ, terms(sort(), arity(), d));
                case 6: return app(Op.DISTINCT, terms(sort(), arity(), d));
                case 7: return Term.app(Op.ITE, term(Sort.BOOL, d), term(Sort.BOOL, d), term(Sort.BOOL, d));
                case 8: {
                    Op[] ops = {Op.LE, Op.LT, Op.GE, Op.GT};
                    return app(ops[r.nextInt(ops.length)], terms(Sort.INT, arity(), d));
                }
                default: {
                    Op[] ops = {Op.BVULT, Op.BVULE, Op.BVUGT, Op.BVUGE, Op.BVSLT, Op.BVSLE, Op.BVSGT, Op.BVSGE};
                    Sort s = bitVecSort();
                    return Term.app(ops[r.nextInt(ops.length)], term(s, d), term(s, d));
                }
            }
        }

        // ---- Int

        private Term intTerm(int d) {
            switch (r.nextInt(9)) {
                case 0: return app(Op.ADD, terms(Sort.INT, arity(), d));
                case 1: return app(Op.SUB, terms(Sort.INT, 1 + r.nextInt(3), d));
                case 2: return app(Op.MUL, terms(Sort.INT, 2, d));
                case 3: return Term.app(Op.DIV, term(Sort.INT, d), nonZero(d));
                case 4: return Term.app(Op.MOD, term(Sort.INT, d), nonZero(d));
                case 5: return Term.app(Op.ABS, term(Sort.INT, d));
                case 6: return Term.app(Op.ITE, term(Sort.BOOL, d), term(Sort.INT, d), term(Sort.INT, d));
                default: return app(Op.ADD, terms(Sort.INT, 2, d));
            }
        }

        /** An Int term that cannot be zero, of either sign. */
        private Term nonZero(int d) {
            if (d <= 0 || r.nextBoolean()) return Term.lit(Value.of(nonZeroIntValue()));
            Term abs = Term.app(Op.ABS, term(Sort.INT, d - 1));
            return r.nextBoolean()
                    ? Term.app(Op.ADD, abs, Term.integer(1)) // >= 1
                    : Term.app(Op.SUB, Term.integer(0), abs, Term.integer(1)); // <= -1
        }

        // ---- bit-vectors

        private Term bvTerm(int w, int d) {
            Sort s = Sort.bitVec(w);
            switch (r.nextInt(16)) {
                case 0: return Term.app(r.nextBoolean() ? Op.BVNOT : Op.BVNEG, term(s, d));
                case 1: case 2: {
                    Op[] ops = {Op.BVAND, Op.BVOR, Op.BVXOR, Op.BVADD, Op.BVMUL};
                    return app(ops[r.nextInt(ops.length)], terms(s, arity(), d));
                }
                case 3: case 4: {
                    Op[] ops = {Op.BVNAND, Op.BVNOR, Op.BVXNOR, Op.BVSUB, Op.BVCOMP};
                    Op op = ops[r.nextInt(ops.length)];
                    if (op == Op.BVCOMP) return w == 1 ? bvcomp(d) : Term.app(Op.BVSUB, term(s, d), term(s, d));
                    return Term.app(op, term(s, d), term(s, d));
                }
                case 5: case 6: {
                    Op[] ops = {Op.BVUDIV, Op.BVUREM, Op.BVSDIV, Op.BVSREM, Op.BVSMOD};
                    // a zero divisor now and then, on purpose
                    Term divisor = r.nextInt(5) == 0 ? Term.lit(Value.BitVecValue.of(w, 0)) : term(s, d);
                    return Term.app(ops[r.nextInt(ops.length)], term(s, d), divisor);
                }
                case 7: case 8: {
                    Op[] ops = {Op.BVSHL, Op.BVLSHR, Op.BVASHR};
                    Term amount = r.nextBoolean() ? shiftAmount(w) : term(s, d);
                    return Term.app(ops[r.nextInt(ops.length)], term(s, d), amount);
                }
                case 9: return Term.app(Op.ITE, term(Sort.BOOL, d), term(s, d), term(s, d));
                case 10: {
                    Op op = r.nextBoolean() ? Op.ROTATE_LEFT : Op.ROTATE_RIGHT;
                    return Term.app(op, List.of(r.nextInt(3 * w + 2)), List.of(term(s, d)));
                }
                case 11: return w == 1 ? bvcomp(d) : concat(w, d);
                case 12: return extract(w, d);
                case 13: {
                    int extra = r.nextInt(w);
                    Op op = r.nextBoolean() ? Op.ZERO_EXTEND : Op.SIGN_EXTEND;
                    return Term.app(op, List.of(extra), List.of(term(Sort.bitVec(w - extra), d)));
                }
                case 14: {
                    List<Integer> divisors = new ArrayList<>();
                    for (int k = 1; k <= w; k++) if (w % k == 0) divisors.add(k);
                    int times = divisors.get(r.nextInt(divisors.size()));
                    return Term.app(Op.REPEAT, List.of(times), List.of(term(Sort.bitVec(w / times), d)));
                }
                default: return w > 1 ? concat(w, d) : extract(w, d);
            }
        }

        private Term shiftAmount(int w) {
            BigInteger v = switch (r.nextInt(6)) {
                case 0 -> BigInteger.valueOf(w - 1);
                case 1 -> BigInteger.valueOf(w);
                case 2 -> BigInteger.ONE.shiftLeft(w - 1); // top bit set
                case 3 -> BigInteger.ONE.shiftLeft(w).subtract(BigInteger.ONE);
                default -> BigInteger.valueOf(r.nextInt(w + 2));
            };
            return Term.lit(Value.BitVecValue.of(w, v));
        }

        private Term bvcomp(int d) {
            Sort s = bitVecSort();
            if (r.nextBoolean()) {
                Term t = term(s, d);
                return Term.app(Op.BVCOMP, t, t);
            }
            return Term.app(Op.BVCOMP, term(s, d), term(s, d));
        }

        private Term concat(int w, int d) {
            int first = 1 + r.nextInt(w - 1);
            return Term.app(Op.CONCAT, term(Sort.bitVec(first), d), term(Sort.bitVec(w - first), d));
        }

        private Term extract(int w, int d) {
            int source = r.nextBoolean() ? w + r.nextInt(70) : Math.max(w, WIDTHS[r.nextInt(WIDTHS.length)]);
            int lo = r.nextInt(source - w + 1);
            return Term.app(Op.EXTRACT, List.of(lo + w - 1, lo), List.of(term(Sort.bitVec(source), d)));
        }

        // ---- let and calls

        private Term let(Sort s, int depth) {
            int n = 1 + r.nextInt(2);
            List<Term.Binding> bindings = new ArrayList<>();
            List<Term.Var> bound = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                // sometimes rebind a name already in scope, to exercise shadowing and parallel binding
                Term.Var v = !scope.isEmpty() && r.nextInt(3) == 0
                        ? reuse(scope.get(r.nextInt(scope.size())))
                        : new Term.Var("v" + fresh++, sort());
                if (bound.stream().anyMatch(b -> b.name().equals(v.name()))) continue;
                bindings.add(new Term.Binding(v.name(), term(v.sort(), depth - 1))); // read in the outer scope
                bound.add(v);
            }
            int mark = scope.size();
            List<Term.Var> hidden = new ArrayList<>();
            for (Term.Var v : bound) {
                for (Term.Var old : scope) if (old.name().equals(v.name())) hidden.add(old);
            }
            scope.removeAll(hidden);
            scope.addAll(bound);
            Term body = term(s, depth - 1);
            scope.removeAll(bound);
            scope.addAll(hidden);
            assert scope.size() == mark;
            return new Term.Let(bindings, body);
        }

        /**
         * {@code (let ((a t1) (b t2)) (let ((a b) (b a)) body))}: the inner let swaps a and b only if its bindings
         * are read in the outer scope, as SMT-LIB's parallel let says.
         */
        private Term swap(Sort s, int depth) {
            Sort vs = r.nextBoolean() ? s : sort();
            Term.Var a = new Term.Var("v" + fresh++, vs);
            Term.Var b = new Term.Var("v" + fresh++, vs);
            List<Term.Binding> outer = List.of(new Term.Binding(a.name(), term(vs, depth - 1)),
                    new Term.Binding(b.name(), term(vs, depth - 1)));
            List<Term.Binding> inner = List.of(new Term.Binding(a.name(), b), new Term.Binding(b.name(), a));
            scope.add(a);
            scope.add(b);
            Term body = r.nextBoolean() && vs.equals(s) ? a : term(s, depth - 1);
            scope.remove(b);
            scope.remove(a);
            return new Term.Let(outer, new Term.Let(inner, body));
        }

        /** A variable with an existing name, maybe of another sort. */
        private Term.Var reuse(Term.Var v) {
            return new Term.Var(v.name(), r.nextBoolean() ? v.sort() : sort());
        }

        private Term call(Sort s, int depth) {
            if (s.equals(BV8)) return new Term.Call("inc8", List.of(term(BV8, depth - 1)), BV8);
            if (s.equals(BV72)) {
                return new Term.Call("pick72", List.of(term(Sort.BOOL, depth - 1), term(BV72, depth - 1),
                        term(BV72, depth - 1)), BV72);
            }
            if (s.equals(Sort.INT)) {
                return r.nextBoolean()
                        ? new Term.Call("absdiff", List.of(term(Sort.INT, depth - 1), term(Sort.INT, depth - 1)), Sort.INT)
                        : new Term.Call("k42", List.of(), Sort.INT);
            }
            return null;
        }

        private static Term app(Op op, List<Term> args) {
            return Term.app(op, List.of(), args);
        }
    }
}
