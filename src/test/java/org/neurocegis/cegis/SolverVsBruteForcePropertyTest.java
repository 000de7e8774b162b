package org.neurocegis.cegis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import org.neurocegis.neural.UniformProposer;
import org.neurocegis.sexpr.ParseException;
import org.neurocegis.sygus.Grammar;
import org.neurocegis.sygus.NonTerminal;
import org.neurocegis.sygus.Problem;
import org.neurocegis.sygus.Production;
import org.neurocegis.sygus.SygusParser;
import org.neurocegis.sygus.SygusPrinter;
import org.neurocegis.sygus.SynthFun;
import org.neurocegis.term.FunctionDefinition;
import org.neurocegis.term.Term;
import org.neurocegis.verify.SolutionChecker;
import org.neurocegis.verify.VerificationResult;
import org.neurocegis.verify.Verifier;

/**
 * The solver against brute force on small SyGuS problems whose grammars are finite: every term of the grammar is
 * written out (plain recursive expansion of the productions, no observational equivalence) and each is judged by Z3
 * through {@link SolutionChecker}, which reads the problem and the candidate as text, independently of the solver's
 * own translation. Then:
 * <ul>
 *   <li>where brute force finds a solution, the solver must not answer Infeasible;</li>
 *   <li>where the solver answers Infeasible, brute force must have found none (the summary counts how many of those
 *       answers brute force confirmed by refuting every term, and how many it could not confirm because Z3 left a
 *       term undecided or the grammar was recursive);</li>
 *   <li>where the solver answers Solved, {@link SolutionChecker} must find the answer SOLVED (and brute force, whose
 *       enumeration then contains it, must not have refuted every term: a check of the brute force itself);</li>
 *   <li>the solver must return within {@link #HARD_LIMIT_MS} of starting, with its own limit at
 *       {@link #SOLVER_TIMEOUT_MS}: a solver that ignores its limit would otherwise hang the build.</li>
 * </ul>
 * Unknown is allowed, and counted; the counts are printed after the class.
 *
 * <p>The generated problems aim at the edges of soundness: Int (LIA) and 4- or 8-bit vectors (BV); grammars of one
 * or two non-terminals (unit productions, {@code (Variable S)}, ite over a nested non-terminal, now and then division)
 * of at most {@link #MAX_TERMS} terms; constraints {@code (= (f x) e)}, relational ones, nested calls
 * {@code (f (f x))}, calls on other arguments, define-funs that call f, assumes that mention f, {@code div}/{@code mod}
 * by {@code (f x)} (division by zero included) and constants and sums past 2^63. Two problems in five are aimed at
 * feasibility (every constraint holds for one term of the grammar); the rest pin f to a random term or combine
 * constraints for different terms, and most of those have no solution.
 *
 * <p>A small share of the grammars are recursive: brute force then stops at a depth bound, which still decides the
 * first property (a term found is a solution) but never counts as a refutation of the whole grammar.
 *
 * <p>The seed is fixed so that a build sees the same problems each time; change it (or remove it) to explore.
 */
class SolverVsBruteForcePropertyTest {
    private static final long SOLVER_TIMEOUT_MS = 5_000;
    private static final int Z3_TIMEOUT_MS = 2_000;
    /** How long the solver may run, its own limit included, before the try fails as a hang. */
    private static final long HARD_LIMIT_MS = 20_000;
    /** A solved answer that Z3 could not decide in Z3_TIMEOUT_MS is checked once more with this much time. */
    private static final int RECHECK_TIMEOUT_MS = 10_000;
    /** Wall-clock budget for one problem's brute force; past it the brute force is undecided. */
    private static final long BRUTE_FORCE_BUDGET_MS = 8_000;
    /** Grammars with more terms than this are generated anew. */
    private static final int MAX_TERMS = 300;
    /** Depth bound (in nested non-terminals) for the few recursive grammars. */
    private static final int RECURSIVE_DEPTH = 2;

    // ------------------------------------------------------------------ statistics, printed after the class

    private static final Map<String, Integer> COUNTS = new TreeMap<>();
    private static long solverNanos;
    private static long bruteNanos;

    private static void count(String key) {
        COUNTS.merge(key, 1, Integer::sum);
    }

    @BeforeContainer
    static void reset() {
        COUNTS.clear();
        solverNanos = 0;
        bruteNanos = 0;
    }

    @AfterContainer
    static void summary() {
        StringBuilder sb = new StringBuilder("SolverVsBruteForcePropertyTest summary:");
        COUNTS.forEach((k, v) -> sb.append("\n  ").append(k).append(": ").append(v));
        sb.append(String.format("%n  time: solver %.1f s, brute force %.1f s", solverNanos / 1e9, bruteNanos / 1e9));
        System.out.println(sb);
    }

    // ------------------------------------------------------------------ the property

    @Property(tries = 100, seed = "20240611", shrinking = ShrinkingMode.OFF)
    void solverAgreesWithBruteForce(@ForAll("problems") Generated generated) {
        String text = generated.text();
        Problem problem = parse(text);
        count("generated: " + (generated.aimedFeasible() ? "aimed feasible" : "aimed infeasible"));
        count("generated: theory " + generated.theory());
        for (String feature : generated.features()) count("feature: " + feature);

        long t0 = System.nanoTime();
        Outcome outcome;
        try {
            outcome = solve(problem, text);
        } finally {
            solverNanos += System.nanoTime() - t0;
        }
        count("solver: " + outcome.getClass().getSimpleName());

        long t1 = System.nanoTime();
        BruteForce.Result brute = BruteForce.search(problem, Z3_TIMEOUT_MS, BRUTE_FORCE_BUDGET_MS);
        bruteNanos += System.nanoTime() - t1;
        count("brute force: " + brute.verdict() + (brute.complete() ? "" : " (depth-bounded or over budget)"));
        count("brute force vs solver: " + brute.verdict() + " / " + outcome.getClass().getSimpleName());
        if (brute.undecidedTerms() > 0) count("brute force: problems with terms Z3 could not decide");

        String context = "\n--- problem ---\n" + text + "\n--- solver ---\n" + describe(outcome)
                + "\n--- brute force ---\n" + brute.describe() + "\n";

        // 1. a term of the grammar meets the specification: Infeasible is wrong
        if (brute.verdict() == BruteForce.Verdict.FOUND) {
            assertFalse(outcome instanceof Outcome.Infeasible,
                    "the solver says infeasible, but brute force found a solution" + context);
        }
        // 2. infeasible: every term of the (finite) grammar must have been refuted by Z3
        if (outcome instanceof Outcome.Infeasible) {
            assertTrue(brute.verdict() != BruteForce.Verdict.FOUND,
                    "the solver says infeasible, but brute force found a solution" + context);
            if (brute.verdict() == BruteForce.Verdict.NONE && brute.complete()) count("infeasible confirmed by brute force");
            else count("infeasible not confirmable (brute force undecided or bounded)");
        }
        // 3. solved: the answer must pass the independent checker
        if (outcome instanceof Outcome.Solved solved) {
            String answer = SygusPrinter.solution(solved.solutions());
            SolutionChecker.Verdict verdict = SolutionChecker.check(problem, answer, Z3_TIMEOUT_MS);
            if (verdict.status() == SolutionChecker.Status.UNKNOWN) {
                verdict = SolutionChecker.check(problem, answer, RECHECK_TIMEOUT_MS);
            }
            if (verdict.status() == SolutionChecker.Status.UNKNOWN) {
                // Z3 could not decide within the recheck limit: not evidence either way
                count("solved answers the checker could not decide");
            } else {
                if (verdict.status() != SolutionChecker.Status.SOLVED) {
                    boolean enumerated = false;
                    for (Term t : BruteForce.terms(problem.synthFuns().get(0)).list()) {
                        enumerated |= t.equals(solved.solutions().get(0).body());
                    }
                    fail("the solver's answer fails the checker (" + verdict.status() + ": " + verdict.detail() + ")"
                            + (enumerated ? " although the answer is one of the grammar's terms as brute force enumerates them" : "")
                            + context);
                }
                // the answer is derivable, so it is among the enumerated terms: brute force cannot have refuted all
                assertFalse(brute.verdict() == BruteForce.Verdict.NONE && brute.complete(),
                        "brute force refuted every term, but the solver's answer is proved: the enumeration is incomplete"
                                + context);
            }
        }
    }

    /**
     * Runs the solver on a thread of its own: one that is still running {@link #HARD_LIMIT_MS} after it was started
     * (its own limit is {@link #SOLVER_TIMEOUT_MS}) is stopped, and the try fails, since a solver that ignores its
     * time limit would otherwise hang the build.
     */
    @SuppressWarnings({"deprecation", "removal"})
    private static Outcome solve(Problem problem, String text) {
        Outcome[] outcome = new Outcome[1];
        Throwable[] thrown = new Throwable[1];
        Thread worker = new Thread(() -> {
            try {
                outcome[0] = Cegis.solve(problem,
                        new Cegis.Options(SOLVER_TIMEOUT_MS, Z3_TIMEOUT_MS, new UniformProposer(), 1L, null), new Stats());
            } catch (Throwable ex) {
                thrown[0] = ex;
            }
        }, "solver under test");
        worker.setDaemon(true);
        worker.start();
        try {
            worker.join(HARD_LIMIT_MS);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", ex);
        }
        if (worker.isAlive()) {
            StackTraceElement[] where = worker.getStackTrace();
            worker.stop(); // Java 17 still stops a thread; nothing else ends a loop that never looks at the clock
            count("solver: ran past its time limit");
            StringBuilder trace = new StringBuilder();
            for (int i = 0; i < Math.min(6, where.length); i++) trace.append("\n    at ").append(where[i]);
            fail("the solver was still running " + HARD_LIMIT_MS / 1000 + " s after it started, with a limit of "
                    + SOLVER_TIMEOUT_MS / 1000 + " s; it was at" + trace + "\non\n" + text);
        }
        if (thrown[0] != null) throw new AssertionError("the solver threw " + thrown[0] + " on\n" + text, thrown[0]);
        return outcome[0];
    }

    private static String describe(Outcome outcome) {
        if (outcome instanceof Outcome.Solved s) return "Solved " + SygusPrinter.solution(s.solutions());
        if (outcome instanceof Outcome.Infeasible i) return "Infeasible: " + i.why();
        return "Unknown: " + ((Outcome.Unknown) outcome).why();
    }

    private static Problem parse(String text) {
        try {
            return SygusParser.parse(text);
        } catch (ParseException ex) {
            throw new AssertionError("the generator wrote a problem the parser refuses: " + ex.getMessage() + "\n" + text, ex);
        }
    }

    @Provide
    Arbitrary<Generated> problems() {
        return Arbitraries.randomValue(random -> new ProblemGenerator(random).generate());
    }

    // ------------------------------------------------------------------ the brute force checked on known problems

    private static final String KNOWN_LIA = """
            (set-logic LIA)
            (synth-fun f ((x Int)) Int
              ((Start Int) (N Int))
              ((Start Int (x 1 (+ N N)))
               (N Int (x 1))))
            (declare-var x Int)
            (constraint (= (f x) (+ x 1)))
            (check-synth)
            """;

    @Example
    void bruteForceEnumeratesEveryTermOfAFiniteGrammar() {
        SynthFun f = parse(KNOWN_LIA).synthFuns().get(0);
        BruteForce.Terms terms = BruteForce.terms(f, 10);
        assertTrue(terms.complete());
        List<String> printed = new ArrayList<>();
        for (Term t : terms.list()) printed.add(t.toString());
        assertEquals(List.of("x", "1", "(+ x x)", "(+ x 1)", "(+ 1 x)", "(+ 1 1)"), printed);
    }

    @Example
    void bruteForceFindsTheKnownSolution() {
        BruteForce.Result r = BruteForce.search(parse(KNOWN_LIA), Z3_TIMEOUT_MS, 60_000);
        assertEquals(BruteForce.Verdict.FOUND, r.verdict(), r.describe());
        assertNotNull(r.witness());
        assertEquals("(+ x 1)", r.witness().toString());
    }

    @Example
    void bruteForceRefutesEveryTermWhereThereIsNoSolution() {
        BruteForce.Result r = BruteForce.search(parse(KNOWN_LIA.replace("(+ x 1)))", "(+ x 3)))")), Z3_TIMEOUT_MS, 60_000);
        assertEquals(BruteForce.Verdict.NONE, r.verdict(), r.describe());
        assertTrue(r.complete());
        assertEquals(6, r.checked());
    }

    /** Bit-vectors, a nested call and a definition that calls f: f = bvxor x #x5 is the only solution. */
    @Example
    void bruteForceFindsAKnownBitVectorSolution() {
        String text = """
                (set-logic BV)
                (synth-fun f ((x (_ BitVec 4))) (_ BitVec 4)
                  ((Start (_ BitVec 4)) (N (_ BitVec 4)))
                  ((Start (_ BitVec 4) (N (bvand N N) (bvxor N N)))
                   (N (_ BitVec 4) (x #x5 #x3))))
                (declare-var x (_ BitVec 4))
                (define-fun g ((y (_ BitVec 4))) (_ BitVec 4) (bvadd (f y) #x1))
                (constraint (= (f (f x)) x))
                (constraint (= (g #x0) #x6))
                (check-synth)
                """;
        BruteForce.Result r = BruteForce.search(parse(text), Z3_TIMEOUT_MS, 60_000);
        assertEquals(BruteForce.Verdict.FOUND, r.verdict(), r.describe());
        assertTrue(Set.of("(bvxor x #x5)", "(bvxor #x5 x)").contains(r.witness().toString()), r.describe());
    }

    // ------------------------------------------------------------------ brute force

    /** Every term of a synth-fun's grammar, each judged by Z3 through {@link SolutionChecker}. */
    static final class BruteForce {
        enum Verdict {
            /** Some term was proved a solution. */
            FOUND,
            /** Z3 refuted every term enumerated. */
            NONE,
            /** No term proved, and Z3 could not decide some (or the budget ran out). */
            UNDECIDED
        }

        /**
         * @param complete whether the enumeration holds every term of the grammar (false where the depth bound cut
         *        a recursive grammar, or the time budget ran out before every term was checked)
         */
        record Result(Verdict verdict, Term witness, int terms, int checked, int undecidedTerms, boolean complete,
                      String note) {
            String describe() {
                return verdict + (witness != null ? " " + witness : "") + " (" + checked + " of " + terms
                        + " terms checked, " + undecidedTerms + " undecided" + (complete ? "" : ", not the whole grammar")
                        + (note.isEmpty() ? "" : "; " + note) + ")";
            }
        }

        /** The enumerated terms, smallest first; complete when no expansion was cut by the depth bound. */
        record Terms(List<Term> list, boolean complete) {}

        static Result search(Problem problem, int z3TimeoutMillis, long budgetMillis) {
            SynthFun f = problem.synthFuns().get(0);
            Terms terms = terms(f);
            long deadline = System.nanoTime() + budgetMillis * 1_000_000L;
            int checked = 0;
            int undecided = 0;
            List<String> notes = new ArrayList<>();
            Verifier fallback = null;
            try {
                for (Term t : terms.list()) {
                    if (System.nanoTime() > deadline) {
                        notes.add("brute-force time budget ran out");
                        return new Result(Verdict.UNDECIDED, null, terms.list().size(), checked, undecided, false,
                                String.join("; ", notes));
                    }
                    FunctionDefinition def = new FunctionDefinition(f.name(), f.params(), f.returnSort(), t);
                    SolutionChecker.Verdict v = SolutionChecker.check(problem, SygusPrinter.solution(List.of(def)), z3TimeoutMillis);
                    SolutionChecker.Status status = v.status();
                    if (status == SolutionChecker.Status.GRAMMAR_VIOLATION) {
                        // the term was built from the productions, so it is derivable: the checker's re-parse reads
                        // it differently (e.g. the application (- 2) of (- N) comes back as the literal -2). Judge
                        // it with the verifier, which takes the term as it is.
                        count("brute force: checker calls an enumerated term a grammar violation");
                        notes.add("checker refused enumerated " + t + " (" + v.detail() + "), verifier judged it");
                        if (fallback == null) fallback = new Verifier(problem, z3TimeoutMillis);
                        VerificationResult vr = fallback.verify(Map.of(f.name(), def));
                        status = vr instanceof VerificationResult.Proved ? SolutionChecker.Status.SOLVED
                                : vr instanceof VerificationResult.Counterexample ? SolutionChecker.Status.WRONG
                                : SolutionChecker.Status.UNKNOWN;
                    }
                    checked++;
                    switch (status) {
                        case SOLVED -> {
                            return new Result(Verdict.FOUND, t, terms.list().size(), checked, undecided, terms.complete(),
                                    String.join("; ", notes));
                        }
                        case WRONG -> { }
                        case UNKNOWN, ERROR -> {
                            undecided++;
                            if (undecided == 1) notes.add("first undecided: " + t + ": " + v.detail());
                        }
                        default -> throw new AssertionError("the checker judged enumerated term " + t + " " + v.status()
                                + " (" + v.detail() + ")");
                    }
                }
            } finally {
                if (fallback != null) fallback.close();
            }
            Verdict verdict = undecided == 0 ? Verdict.NONE : Verdict.UNDECIDED;
            return new Result(verdict, null, terms.list().size(), checked, undecided, terms.complete(), String.join("; ", notes));
        }

        /** Every term of a finite grammar; those up to {@link #RECURSIVE_DEPTH} of a recursive one. */
        static Terms terms(SynthFun f) {
            return terms(f, recursive(f.grammar().orElseThrow()) ? RECURSIVE_DEPTH : 64);
        }

        static Terms terms(SynthFun f, int maxDepth) {
            Grammar g = f.grammar().orElseThrow(() -> new IllegalArgumentException("brute force needs a grammar"));
            Expansion e = new Expansion(g, f.params());
            List<Term> list = new ArrayList<>(e.expand(g.start(), maxDepth));
            list.sort(Comparator.comparingInt(Term::size)); // stable: production order within a size
            return new Terms(list, !e.cut);
        }

        /** Whether some non-terminal can reach itself through the holes of its productions. */
        static boolean recursive(Grammar g) {
            for (NonTerminal nt : g.nonTerminals()) {
                Set<String> seen = new LinkedHashSet<>();
                List<String> todo = new ArrayList<>(holes(nt));
                while (!todo.isEmpty()) {
                    String n = todo.remove(todo.size() - 1);
                    if (n.equals(nt.name())) return true;
                    if (seen.add(n)) todo.addAll(holes(g.nonTerminal(n)));
                }
            }
            return false;
        }

        private static List<String> holes(NonTerminal nt) {
            List<String> out = new ArrayList<>();
            for (Production p : nt.productions()) {
                if (p instanceof Production.Rule r) for (Term.Hole h : org.neurocegis.term.Terms.holes(r.template())) out.add(h.nonTerminal());
            }
            return out;
        }

        /** Plain expansion of the productions: a hole is replaced by each term of its non-terminal, in every combination. */
        private static final class Expansion {
            private static final int LIMIT = 20_000;
            private final Grammar grammar;
            private final List<Term.Var> params;
            private final Map<String, List<Term>> memo = new HashMap<>();
            boolean cut;

            Expansion(Grammar grammar, List<Term.Var> params) {
                this.grammar = grammar;
                this.params = params;
            }

            /** The terms of {@code nt} with at most {@code depth} nested non-terminals, without syntactic repeats. */
            List<Term> expand(NonTerminal nt, int depth) {
                String key = nt.name() + "@" + depth;
                List<Term> known = memo.get(key);
                if (known != null) return known;
                Map<String, Term> out = new LinkedHashMap<>();
                for (Production p : nt.productions()) {
                    if (p instanceof Production.AnyVariable v) {
                        for (Term.Var param : params) if (param.sort().equals(v.sort())) out.putIfAbsent(param.toString(), param);
                    } else if (p instanceof Production.AnyConstant) {
                        throw new IllegalArgumentException("(Constant S) makes the grammar infinite: " + nt);
                    } else {
                        for (Term t : fill(((Production.Rule) p).template(), depth)) out.putIfAbsent(t.toString(), t);
                    }
                    if (out.size() > LIMIT) throw new IllegalArgumentException("more than " + LIMIT + " terms in " + nt.name());
                }
                List<Term> result = List.copyOf(out.values());
                memo.put(key, result);
                return result;
            }

            private List<Term> fill(Term template, int depth) {
                if (template instanceof Term.Hole h) {
                    if (depth == 0) {
                        cut = true;
                        return List.of();
                    }
                    return expand(grammar.nonTerminal(h.nonTerminal()), depth - 1);
                }
                List<Term> args;
                if (template instanceof Term.App a) args = a.args();
                else if (template instanceof Term.Call c) args = c.args();
                else if (template instanceof Term.Var || template instanceof Term.Lit) return List.of(template);
                else throw new IllegalArgumentException("unexpected template " + template);
                List<List<Term>> combos = new ArrayList<>();
                combos.add(List.of());
                for (Term arg : args) {
                    List<Term> choices = fill(arg, depth);
                    List<List<Term>> next = new ArrayList<>();
                    for (List<Term> prefix : combos) {
                        for (Term c : choices) {
                            List<Term> extended = new ArrayList<>(prefix);
                            extended.add(c);
                            next.add(extended);
                        }
                    }
                    combos = next;
                    if (combos.size() > LIMIT) throw new IllegalArgumentException("more than " + LIMIT + " terms for " + template);
                }
                List<Term> out = new ArrayList<>(combos.size());
                for (List<Term> combo : combos) {
                    if (template instanceof Term.App a) out.add(new Term.App(a.op(), a.indices(), combo, a.sort()));
                    else {
                        Term.Call c = (Term.Call) template;
                        out.add(new Term.Call(c.function(), combo, c.sort()));
                    }
                }
                return out;
            }
        }
    }

    // ------------------------------------------------------------------ the generator

    /** A generated problem; {@code toString} is its text, so that jqwik's report shows it. */
    record Generated(String text, String theory, boolean aimedFeasible, List<String> features) {
        @Override public String toString() {
            return "\n" + text;
        }
    }

    static final class ProblemGenerator {
        private static final String BIG1 = "9223372036854775807";          // 2^63 - 1
        private static final String BIG2 = "100000000000000000000";        // 10^20 > 2^64
        private static final String BIG3 = "(- 9223372036854775809)";      // -(2^63 + 1)
        private static final Pattern X = Pattern.compile("(?<=[\\s(])x(?=[\\s)])");

        private final Random r;
        private boolean isInt;
        private int width;
        private String sort;
        private final List<String> features = new ArrayList<>();

        ProblemGenerator(Random r) {
            this.r = r;
        }

        Generated generate() {
            int theory = r.nextInt(4);
            isInt = theory < 2;
            width = theory == 2 ? 4 : 8;
            sort = isInt ? "Int" : "(_ BitVec " + width + ")";
            String logic = isInt ? "LIA" : "BV";

            String grammar = null;
            List<String> targets = null;
            for (int attempt = 0; targets == null; attempt++) {
                if (attempt > 50) throw new IllegalStateException("no small grammar after 50 attempts");
                features.clear();
                grammar = grammar();
                String stub = "(set-logic " + logic + ")\n(synth-fun f ((x " + sort + ")) " + sort + "\n" + grammar
                        + ")\n(declare-var x " + sort + ")\n(check-synth)\n";
                SynthFun f = parse(stub).synthFuns().get(0);
                BruteForce.Terms terms = BruteForce.terms(f);
                if (terms.list().size() < 2 || terms.list().size() > MAX_TERMS) continue;
                targets = new ArrayList<>();
                for (Term t : terms.list()) targets.add(t.toString());
            }

            // aimed at infeasibility a little more often: many of those problems turn out feasible all the same
            boolean feasible = r.nextInt(5) < 2;
            String primary = feasible || r.nextInt(3) == 0 ? pick(targets) : randomExpr(2);
            List<String> definitions = new ArrayList<>();
            List<String> assumes = new ArrayList<>();
            List<String> constraints = new ArrayList<>();
            // mostly one constraint: a second one of the form (= (f x) e) lets the solver answer from the spec itself
            int roll = r.nextInt(20);
            int n = roll < 11 ? 1 : roll < 18 ? 2 : 3;
            for (int i = 0; i < n; i++) {
                String target = i == 0 || feasible ? primary : (r.nextBoolean() ? pick(targets) : randomExpr(2));
                // aimed at infeasibility, the first constraint pins f down (an equation), so that a target outside
                // the grammar usually leaves no solution; the others may be of any form
                // define-funs calling f (4) and division by (f x) (5) count twice: the solver has been wrong there
                int kind = feasible ? pick(List.of(0, 1, 2, 3, 4, 4, 5, 5, 6, 7)) : i == 0 ? pick(List.of(0, 2, 3, 4, 6))
                        : pick(List.of(0, 1, 2, 3, 4, 4, 5, 5, 6, 7, 8));
                constraints.add(constraint(target, kind, definitions));
            }
            if (r.nextInt(4) == 0) assumes.add(assumeWithF(feasible || r.nextBoolean() ? primary : pick(targets)));
            if (r.nextInt(5) == 0) assumes.add(plainAssume());

            StringBuilder sb = new StringBuilder();
            sb.append("(set-logic ").append(logic).append(")\n");
            sb.append("(synth-fun f ((x ").append(sort).append(")) ").append(sort).append('\n').append(grammar).append(")\n");
            sb.append("(declare-var x ").append(sort).append(")\n");
            for (String d : definitions) sb.append(d).append('\n');
            for (String a : assumes) sb.append("(assume ").append(a).append(")\n");
            for (String c : constraints) sb.append("(constraint ").append(c).append(")\n");
            sb.append("(check-synth)\n");
            return new Generated(sb.toString(), isInt ? "LIA" : "BV" + width, feasible, List.copyOf(features));
        }

        // ---------------------------------------------------------- grammars

        private String grammar() {
            int shape = r.nextInt(20);
            if (shape < 4) return oneNonTerminal();
            if (shape < 19) return twoNonTerminals();
            return recursiveGrammar();
        }

        private String oneNonTerminal() {
            features.add("grammar: one non-terminal");
            List<String> prods = new ArrayList<>(leaves(1 + r.nextInt(3)));
            int k = 1 + r.nextInt(3);
            for (int i = 0; i < k; i++) addNew(prods, closedTemplate());
            return "  ((Start " + sort + "))\n  ((Start " + sort + " (" + String.join(" ", prods) + ")))";
        }

        private String twoNonTerminals() {
            features.add("grammar: two non-terminals");
            List<String> low = new ArrayList<>(leaves(2 + r.nextInt(3)));
            if (r.nextInt(3) == 0) addNew(low, closedTemplate());
            List<String> start = new ArrayList<>();
            if (r.nextInt(5) < 2) {
                start.add("N");
                features.add("grammar: unit production");
            }
            if (r.nextInt(5) < 2) for (String l : leaves(1)) addNew(start, l);
            int k = 1 + r.nextInt(3);
            for (int i = 0; i < k; i++) addNew(start, holeTemplate());
            return "  ((Start " + sort + ") (N " + sort + "))\n  ((Start " + sort + " (" + String.join(" ", start) + "))\n   (N "
                    + sort + " (" + String.join(" ", low) + ")))";
        }

        private String recursiveGrammar() {
            features.add("grammar: recursive (depth-bounded brute force)");
            List<String> prods = new ArrayList<>(leaves(2));
            int k = 1 + r.nextInt(2);
            for (int i = 0; i < k; i++) {
                String op = isInt ? pick(List.of("(+ Start Start)", "(- Start Start)", "(- Start)"))
                        : pick(List.of("(bvand Start Start)", "(bvxor Start Start)", "(bvadd Start Start)", "(bvnot Start)"));
                addNew(prods, op);
            }
            return "  ((Start " + sort + "))\n  ((Start " + sort + " (" + String.join(" ", prods) + ")))";
        }

        /** The parameter (as x or as (Variable S)) and constants. */
        private List<String> leaves(int constants) {
            List<String> out = new ArrayList<>();
            if (r.nextInt(8) == 0) {
                out.add("(Variable " + sort + ")");
                features.add("grammar: (Variable S)");
            } else {
                out.add("x");
            }
            for (int i = 0; i < constants; i++) addNew(out, grammarConstant());
            return out;
        }

        private String grammarConstant() {
            if (isInt) {
                if (r.nextInt(6) == 0) {
                    features.add("grammar: constant past 2^63");
                    return pick(List.of(BIG1, BIG2, BIG3));
                }
                return intLit(pick(List.of(0, 1, 2, 3, -1)));
            }
            return bv(pick(List.of(0, 1, 3, 5, 7, 8, 15, 0x55, 0x80, 0xFF)));
        }

        /** A production without holes. */
        private String closedTemplate() {
            if (isInt) {
                return pick(List.of("(+ x 1)", "(- x 1)", "(div x 2)", "(mod x 3)", "(- 0 x)", "(ite (< x 0) 0 x)",
                        "(+ x " + BIG1 + ")", "(* 2 x)", "(abs x)", "(+ x 2)"));
            }
            return pick(List.of("(bvadd x " + bv(1) + ")", "(bvnot x)", "(bvneg x)", "(bvand x " + bv(5) + ")",
                    "(bvxor x " + bv(3) + ")", "(bvudiv x " + bv(2) + ")", "(bvshl x " + bv(1) + ")"));
        }

        /** A production of Start over the non-terminal N (sometimes nested in a condition). */
        private String holeTemplate() {
            // division only now and then: a grammar term that divides by zero makes the solver give up (Unknown)
            boolean division = r.nextInt(8) == 0;
            String t;
            if (isInt) {
                t = division ? pick(List.of("(div x N)", "(mod x N)", "(div N 2)", "(mod N 3)", "(div N N)"))
                        : pick(List.of("(+ N N)", "(- N N)", "(+ x N)", "(- N x)", "(ite (<= x N) N N)", "(ite (= N x) N x)",
                                "(* 2 N)", "(- N)"));
            } else {
                t = division ? pick(List.of("(bvudiv x N)", "(bvurem x N)", "(bvudiv N N)"))
                        : pick(List.of("(bvand N N)", "(bvxor N N)", "(bvadd N N)", "(bvor x N)", "(bvsub N x)", "(bvneg N)",
                                "(bvnot N)", "(bvshl x N)", "(bvlshr N N)", "(ite (bvult x N) N N)", "(ite (= N x) N x)",
                                "(bvmul N N)"));
            }
            if (t.contains("div") || t.contains("mod") || t.contains("rem")) features.add("grammar: division");
            if (t.startsWith("(ite")) features.add("grammar: ite with a nested non-terminal");
            return t;
        }

        // ---------------------------------------------------------- specifications

        /**
         * A constraint that {@code f = target} satisfies, of form {@code kind} (0 to 7); kind 8, only where the problem
         * is not aimed at feasibility, is one that {@code f = target} violates.
         */
        private String constraint(String target, int kind, List<String> definitions) {
            switch (kind) {
                case 0 -> {
                    features.add("spec: (= (f x) e)");
                    return "(= (f x) " + target + ")";
                }
                case 1 -> {
                    features.add("spec: relational");
                    String op = isInt ? pick(List.of("<=", ">=")) : pick(List.of("bvule", "bvuge", "bvsle"));
                    // (op (f x) t), or the same written the other way round
                    return r.nextBoolean() ? "(" + op + " (f x) " + target + ")" : "(" + flip(op) + " " + target + " (f x))";
                }
                case 2 -> {
                    features.add("spec: nested call (f (f x))");
                    return "(= (f (f x)) " + at(target, target) + ")";
                }
                case 3 -> {
                    features.add("spec: call on another argument");
                    String arg = isInt ? pick(List.of("(+ x 1)", "(- x " + BIG1 + ")", "(+ x " + BIG2 + ")", "(* 2 x)"))
                            : pick(List.of("(bvadd x " + bv(1) + ")", "(bvnot x)", "(bvshl x " + bv(1) + ")"));
                    if (arg.contains(BIG1) || arg.contains(BIG2)) features.add("spec: constant past 2^63");
                    return "(= (f " + arg + ") " + at(target, arg) + ")";
                }
                case 4 -> {
                    features.add("spec: define-fun calling f");
                    String name = "g" + definitions.size();
                    String k = isInt ? pick(List.of("1", "7", BIG1, BIG2)) : bv(pick(List.of(1, 6, 9)));
                    if (k.equals(BIG1) || k.equals(BIG2)) features.add("spec: constant past 2^63");
                    String op = isInt ? "+" : pick(List.of("bvxor", "bvadd"));
                    boolean nested = r.nextInt(3) == 0;
                    String call = nested ? "(f (f y))" : "(f y)";
                    String value = nested ? at(target, target) : target;
                    if (r.nextInt(3) == 0) {
                        definitions.add("(define-fun " + name + " ((y " + sort + ")) " + sort + " " + call + ")");
                        return "(= (" + name + " x) " + value + ")";
                    }
                    definitions.add("(define-fun " + name + " ((y " + sort + ")) " + sort + " (" + op + " " + call + " " + k + "))");
                    return "(= (" + name + " x) (" + op + " " + value + " " + k + "))";
                }
                case 5 -> {
                    features.add("spec: division by (f x)");
                    if (isInt) {
                        String num = pick(List.of("x", "x", BIG2, "(+ x " + BIG1 + ")"));
                        if (!num.equals("x")) features.add("spec: constant past 2^63");
                        String op = pick(List.of("div", "mod"));
                        return "(= (" + op + " " + num + " (f x)) (" + op + " " + num + " " + target + "))";
                    }
                    String op = pick(List.of("bvudiv", "bvurem"));
                    return "(= (" + op + " x (f x)) (" + op + " x " + target + "))";
                }
                case 6, 7 -> {
                    if (isInt) {
                        // sums past 2^63 in the specification itself, whatever values f takes
                        features.add("spec: constant past 2^63");
                        String big = pick(List.of(BIG1, BIG2));
                        return switch (r.nextInt(kind == 6 ? 2 : 4)) {
                            case 0 -> "(= (+ (f x) " + big + ") (+ " + target + " " + big + "))";
                            case 1 -> "(= (- (+ (f x) " + big + ") " + big + ") " + target + ")";
                            case 2 -> "(>= (+ (f x) " + big + ") (+ " + target + " " + big + "))";
                            default -> "(< (- (f x) " + big + ") (+ " + target + " 1 (- " + big + ")))";
                        };
                    }
                    features.add("spec: two calls");
                    return "(= (bvxor (f x) (f " + bv(0) + ")) (bvxor " + target + " " + at(target, bv(0)) + "))";
                }
                default -> {
                    features.add("spec: distinct");
                    return "(distinct (f x) " + target + ")";
                }
            }
        }

        private String assumeWithF(String target) {
            features.add("spec: assume mentioning f");
            return switch (r.nextInt(4)) {
                case 0 -> "(distinct (f x) x)";
                case 1 -> "(= (f x) x)";
                case 2 -> isInt ? "(<= (f x) " + target + ")" : "(bvule (f x) " + target + ")";
                default -> "(= (f x) " + target + ")";
            };
        }

        private String plainAssume() {
            features.add("spec: assume on x");
            if (isInt) return pick(List.of("(>= x 0)", "(< x 100)", "(> x " + BIG1 + ")", "(distinct x 0)"));
            return pick(List.of("(bvult x " + bv(8) + ")", "(distinct x " + bv(0) + ")", "(bvuge x " + bv(2) + ")"));
        }

        private static String flip(String op) {
            return switch (op) {
                case "<=" -> ">=";
                case ">=" -> "<=";
                case "bvule" -> "bvuge";
                case "bvuge" -> "bvule";
                case "bvsle" -> "bvsge";
                default -> op;
            };
        }

        /** A random term over x, never a leaf (not restricted to the grammar): most often not a term of it. */
        private String randomExpr(int depth) {
            return randomExpr(depth, true);
        }

        private String randomExpr(int depth, boolean top) {
            if (depth == 0 || (!top && r.nextInt(4) == 0)) {
                if (r.nextInt(3) == 0) return "x";
                if (isInt) {
                    if (r.nextInt(8) == 0) {
                        features.add("spec: constant past 2^63");
                        return pick(List.of(BIG1, BIG2, BIG3));
                    }
                    return intLit(r.nextInt(9) - 3);
                }
                return bv(r.nextInt(1 << width));
            }
            String a = randomExpr(depth - 1, false);
            String b = randomExpr(depth - 1, false);
            if (isInt) {
                return switch (r.nextInt(7)) {
                    case 0 -> "(+ " + a + " " + b + ")";
                    case 1 -> "(- " + a + " " + b + ")";
                    case 2 -> "(* " + (2 + r.nextInt(3)) + " " + a + ")";
                    case 3 -> "(div " + a + " " + (2 + r.nextInt(3)) + ")";
                    case 4 -> "(mod " + a + " " + (2 + r.nextInt(3)) + ")";
                    case 5 -> "(ite (< x " + b + ") " + a + " " + b + ")";
                    default -> "(abs " + a + ")";
                };
            }
            return switch (r.nextInt(9)) {
                case 0 -> "(bvadd " + a + " " + b + ")";
                case 1 -> "(bvsub " + a + " " + b + ")";
                case 2 -> "(bvand " + a + " " + b + ")";
                case 3 -> "(bvor " + a + " " + b + ")";
                case 4 -> "(bvxor " + a + " " + b + ")";
                case 5 -> "(bvmul " + a + " " + b + ")";
                case 6 -> "(bvnot " + a + ")";
                case 7 -> "(bvudiv " + a + " " + b + ")";
                default -> "(ite (bvult x " + b + ") " + a + " " + b + ")";
            };
        }

        /** {@code term} with every occurrence of the variable x replaced by {@code arg}. */
        static String at(String term, String arg) {
            Matcher m = X.matcher(" " + term + " ");
            String replaced = m.replaceAll(Matcher.quoteReplacement(arg));
            return replaced.substring(1, replaced.length() - 1);
        }

        private String bv(long value) {
            long masked = value & ((1L << width) - 1);
            return "#x" + String.format("%0" + (width / 4) + "X", masked);
        }

        private static String intLit(long v) {
            return v < 0 ? "(- " + (-v) + ")" : Long.toString(v);
        }

        private <T> T pick(List<T> options) {
            return options.get(r.nextInt(options.size()));
        }

        private static void addNew(List<String> list, String s) {
            if (!list.contains(s)) list.add(s);
        }
    }
}
