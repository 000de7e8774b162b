package org.neurocegis.invariant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neurocegis.sygus.SygusParser;
import org.neurocegis.term.Evaluator;
import org.neurocegis.term.Op;
import org.neurocegis.term.Sort;
import org.neurocegis.term.Term;
import org.neurocegis.term.Terms;
import org.neurocegis.term.Value;

/** The learner's parts on hand-made inputs: the teacher's kinds of counterexample, Houdini's fixpoint, the affine hull. */
class LearnerPartsTest {
    /** x counts up from 0 to 10 while y = 2x; post: y <= 20. */
    private static final String LOOP = """
            (set-logic LIA)
            (synth-inv inv ((x Int) (y Int)))
            (define-fun pre ((x Int) (y Int)) Bool (and (= x 0) (= y 0)))
            (define-fun trans ((x Int) (y Int) (x! Int) (y! Int)) Bool
                (and (< x 10) (= x! (+ x 1)) (= y! (+ y 2))))
            (define-fun post ((x Int) (y Int)) Bool (<= y 20))
            (inv-constraint inv pre trans post)
            (check-synth)
            """;

    private static final Term.Var X = new Term.Var("x", Sort.INT);
    private static final Term.Var Y = new Term.Var("y", Sort.INT);

    private static TransitionSystem loop() throws Exception {
        return TransitionSystem.of(SygusParser.parse(LOOP)).orElseThrow();
    }

    private static long later() {
        return System.nanoTime() + 20_000_000_000L;
    }

    private static Term le(Term a, long c) {
        return Term.app(Op.LE, a, Term.integer(c));
    }

    private static Term ge(Term a, long c) {
        return Term.app(Op.GE, a, Term.integer(c));
    }

    private static Term and(Term... parts) {
        return Term.app(Op.AND, parts);
    }

    private static Term yIsTwiceX() {
        return Term.app(Op.EQ, Y, Term.app(Op.MUL, Term.integer(2), X));
    }

    @Test
    void theTeacherNamesTheClauseThatFails() throws Exception {
        try (Teacher t = new Teacher(loop(), later())) {
            // misses the initial state (0, 0)
            Teacher.Verdict v = t.check(ge(X, 1));
            assertEquals(List.of(Value.of(0), Value.of(0)), assertInstanceOf(Teacher.Verdict.Positive.class, v).state());
            // includes a bad state: y > 20
            Teacher.Verdict.Negative n = assertInstanceOf(Teacher.Verdict.Negative.class, t.check(ge(X, 0)));
            assertTrue(((Value.IntValue) n.state().get(1)).value().compareTo(BigInteger.valueOf(20)) > 0);
            // initial and safe, but not inductive: a step from x = 9, y = 20 leaves it
            Teacher.Verdict.Implication i = assertInstanceOf(Teacher.Verdict.Implication.class,
                    t.check(and(ge(X, 0), le(Y, 20))));
            Evaluator eval = new Evaluator();
            assertTrue(AtomPool.holds(eval, and(ge(X, 0), le(Y, 20)), List.of(X, Y), i.from()));
            assertTrue(!AtomPool.holds(eval, and(ge(X, 0), le(Y, 20)), List.of(X, Y), i.to()));
            // the invariant
            assertInstanceOf(Teacher.Verdict.Inductive.class, t.check(and(yIsTwiceX(), ge(X, 0), le(X, 10))));
        }
    }

    @Test
    void houdiniKeepsTheLargestInductiveSubset() throws Exception {
        List<Term> candidates = List.of(ge(X, 0), le(X, 10), yIsTwiceX(), le(X, 5), ge(Y, 1), le(Y, 20), ge(Y, 0));
        try (Teacher t = new Teacher(loop(), later())) {
            Houdini.Fixpoint f = Houdini.fixpoint(t, candidates, List.of(X, Y)).orElseThrow();
            // x <= 5 is not inductive, y >= 1 not initial; the rest is inductive together
            assertEquals(List.of(ge(X, 0), le(X, 10), yIsTwiceX(), le(Y, 20), ge(Y, 0)), f.clauses());
            assertInstanceOf(Teacher.Verdict.Inductive.class, t.check(Houdini.conjunction(f.clauses())));
            // y <= 20 alone is not inductive: without y = 2x (or x <= 10) it goes
            Houdini.Fixpoint alone = Houdini.fixpoint(t, List.of(le(Y, 20), ge(Y, 0)), List.of(X, Y)).orElseThrow();
            assertEquals(List.of(ge(Y, 0)), alone.clauses());
        }
    }

    @Test
    void affineHullOfHandMadePoints() {
        // points on the plane x + 2y = 6 in (x, y, z), z free: one equality, up to sign
        List<BigInteger[]> points = new ArrayList<>();
        long[][] raw = {{0, 3, 1}, {2, 2, 5}, {6, 0, -4}, {4, 1, 0}};
        for (long[] p : raw) points.add(new BigInteger[] {BigInteger.valueOf(p[0]), BigInteger.valueOf(p[1]), BigInteger.valueOf(p[2])});
        List<BigInteger[]> basis = AffineHull.basis(points);
        assertEquals(1, basis.size());
        BigInteger[] v = basis.get(0);
        BigInteger sign = BigInteger.valueOf(v[0].signum());
        assertEquals(List.of(1L, 2L, 0L, -6L), java.util.Arrays.stream(v).map(b -> b.multiply(sign).longValue()).toList());
        // a single point: every coordinate is fixed
        List<BigInteger[]> single = new ArrayList<>();
        single.add(new BigInteger[] {BigInteger.valueOf(3), BigInteger.valueOf(-2)});
        List<BigInteger[]> one = AffineHull.basis(single);
        assertEquals(2, one.size());
        // the equalities as terms hold on the points
        Term.Var z = new Term.Var("z", Sort.INT);
        List<Term.Var> vars = List.of(X, Y, z);
        List<List<Value>> samples = new ArrayList<>();
        for (long[] p : raw) samples.add(List.of(Value.of(p[0]), Value.of(p[1]), Value.of(p[2])));
        List<Term> eqs = AffineHull.equalities(vars, vars, samples);
        assertEquals(1, eqs.size());
        for (List<Value> s : samples) assertTrue(AtomPool.holds(new Evaluator(), eqs.get(0), vars, s));
        assertTrue(!AtomPool.holds(new Evaluator(), eqs.get(0), vars, List.of(Value.of(1), Value.of(1), Value.of(1))));
    }

    @Test
    void theSamplerFindsStatesOnlyAPathReaches() throws Exception {
        List<Sampler.Sample> samples = Sampler.reachable(loop(), 4, 1, later());
        List<List<Value>> states = samples.stream().map(Sampler.Sample::state).toList();
        assertTrue(states.contains(List.of(Value.of(4), Value.of(8))), states.toString());
        for (List<Value> s : states) assertTrue(AtomPool.holds(new Evaluator(), yIsTwiceX(), List.of(X, Y), s));
    }

    @Test
    void theCoreOfAnInductiveConjunctionIsInductiveAndSafe() throws Exception {
        // inductive together; post (y <= 20) needs y = 2x and x <= 10, not the others
        List<Term> inductive = List.of(ge(X, 0), ge(Y, 0), le(X, 10), yIsTwiceX(), le(Y, 20), le(X, 100), ge(X, -5));
        try (Teacher t = new Teacher(loop(), later())) {
            assertInstanceOf(Teacher.Verdict.Inductive.class, t.check(Houdini.conjunction(inductive)));
            List<Term> core = t.core(inductive).orElseThrow();
            assertTrue(core.size() < inductive.size(), core.toString());
            assertTrue(core.contains(le(Y, 20)) || core.contains(le(X, 10)), core.toString());
            assertInstanceOf(Teacher.Verdict.Inductive.class, t.check(Houdini.conjunction(core)));
        }
    }

    /** An SSA loop: t and u are temporaries that trans sets from the state and never constrains in the next state. */
    private static final String SSA = """
            (set-logic LIA)
            (synth-inv inv ((x Int) (y Int) (t Int) (u Int)))
            (define-fun pre ((x Int) (y Int) (t Int) (u Int)) Bool (and (= x 0) (= y 0) (= t x)))
            (define-fun trans ((x Int) (y Int) (t Int) (u Int) (x! Int) (y! Int) (t! Int) (u! Int)) Bool
                (and (= t x) (< t 10) (= u (+ t 1)) (= x! u) (= y! (+ y u))))
            (define-fun post ((x Int) (y Int) (t Int) (u Int)) Bool (let ((w y)) (>= w 0)))
            (inv-constraint inv pre trans post)
            (check-synth)
            """;

    @Test
    void theTemporariesTransLeavesFreeGetNoAtoms() throws Exception {
        TransitionSystem system = TransitionSystem.of(SygusParser.parse(SSA)).orElseThrow();
        List<List<Value>> samples = Sampler.reachable(system, 3, 1, later()).stream().map(Sampler.Sample::state).toList();
        AtomPool.Pool pool = AtomPool.of(system, samples);
        assertEquals(List.of("x", "y"), pool.vars().stream().map(Term.Var::name).toList());
        for (Term a : pool.candidates()) {
            assertTrue(!Terms.mentionsVar(a, "t") && !Terms.mentionsVar(a, "u"), a.toString());
        }
        // the post's comparison, read through its let, is one of the problem's own atoms
        assertTrue(pool.spec().contains(ge(Y, 0)), pool.spec().toString());
        // and the invariant still comes out, over x and y only
        Ice.Learned learned = Ice.learn(system, later(), null);
        Term inv = learned.invariant().orElseThrow();
        assertTrue(!Terms.mentionsVar(inv, "t") && !Terms.mentionsVar(inv, "u"), inv.toString());
    }

    @Test
    void separatingAtomsHoldAtOneStateAndNotTheOther() {
        List<Term.Var> state = List.of(X, Y);
        List<Value> in = List.of(Value.of(1), Value.of(5)), out = List.of(Value.of(3), Value.of(4));
        List<Term> atoms = AtomPool.separating(state, state, in, out);
        assertTrue(atoms.contains(le(X, 1)), atoms.toString());
        assertTrue(atoms.contains(ge(Y, 5)), atoms.toString());
        Evaluator eval = new Evaluator();
        for (Term a : atoms) {
            assertTrue(AtomPool.holds(eval, a, state, in), a.toString());
            assertTrue(!AtomPool.holds(eval, a, state, out), a.toString());
        }
        // x - y is -4 at one and -1 at the other; x + y is 6 and 7
        assertTrue(atoms.contains(le(Term.app(Op.SUB, X, Y), -4)), atoms.toString());
        assertTrue(atoms.contains(le(Term.app(Op.ADD, X, Y), 6)), atoms.toString());
    }

    @Test
    void letsThatDoubleAtEveryLevelAreNotExpanded() throws Exception {
        // post is x <= 5 behind 40 lets that each use the one before twice: expanded, 2^40 nodes
        StringBuilder post = new StringBuilder("(let ((a0 (<= x 5))) ");
        for (int i = 1; i <= 40; i++) post.append("(let ((a").append(i).append(" (and a").append(i - 1).append(" a").append(i - 1).append("))) ");
        post.append("a40").append(")".repeat(41));
        String text = """
                (set-logic LIA)
                (synth-inv inv ((x Int)))
                (define-fun pre ((x Int)) Bool (= x 0))
                (define-fun trans ((x Int) (x! Int)) Bool (and (< x 3) (= x! (+ x 1))))
                (define-fun post ((x Int)) Bool %s)
                (inv-constraint inv pre trans post)
                (check-synth)
                """.formatted(post);
        TransitionSystem system = TransitionSystem.of(SygusParser.parse(text)).orElseThrow();
        List<List<Value>> samples = List.of(List.of(Value.of(0)), List.of(Value.of(1)));
        AtomPool.Pool pool = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
                () -> AtomPool.of(system, samples));
        // the atoms of the system that does not hide its comparisons behind lets are still there
        assertTrue(pool.all().contains(le(new Term.Var("x", Sort.INT), 3)), pool.all().toString());
    }
}
