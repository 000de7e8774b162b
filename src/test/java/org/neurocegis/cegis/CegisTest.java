package org.neurocegis.cegis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neurocegis.neural.UniformProposer;
import org.neurocegis.sexpr.ParseException;
import org.neurocegis.sygus.Problem;
import org.neurocegis.sygus.SygusParser;
import org.neurocegis.sygus.SygusPrinter;
import org.neurocegis.verify.SolutionChecker;

/** The loop end to end, with real Z3: what it answers, and what it never answers. */
class CegisTest {
    private static Outcome solve(String text, long timeoutMillis, int z3TimeoutMillis, Stats stats) throws ParseException {
        Problem p = SygusParser.parse(text);
        return Cegis.solve(p, new Cegis.Options(timeoutMillis, z3TimeoutMillis, new UniformProposer(), 1, null), stats);
    }

    private static void assertSolved(String text, Outcome outcome) throws ParseException {
        Outcome.Solved solved = assertInstanceOf(Outcome.Solved.class, outcome, text);
        String printed = SygusPrinter.solution(solved.solutions());
        SolutionChecker.Verdict v = SolutionChecker.check(SygusParser.parse(text), printed, 10_000);
        assertEquals(SolutionChecker.Status.SOLVED, v.status(), printed + ": " + v.detail());
    }

    @Test
    void solvesByEnumerationAndSaysSo() throws ParseException {
        String text = "(set-logic LIA)(synth-fun f ((x Int) (y Int)) Int ((Start Int)) ((Start Int (x y 1 (+ Start Start)))))"
                + "(declare-var x Int)(declare-var y Int)(constraint (= (f x y) (+ x y 1)))(check-synth)";
        Stats stats = new Stats();
        assertSolved(text, solve(text, 10_000, 0, stats));
        assertEquals("enumeration", stats.strategy);
    }

    @Test
    void theSpecificationsOwnDefinitionComesFirst() throws ParseException {
        String text = "(set-logic LIA)(synth-fun f ((x Int)) Int)(declare-var y Int)(constraint (= (f y) (* 3 y)))(check-synth)";
        Stats stats = new Stats();
        assertSolved(text, solve(text, 10_000, 0, stats));
        assertEquals("the specification's own definition", stats.strategy);
    }

    @Test
    void severalFunctionsGoToTheJointSearch() throws ParseException {
        String text = "(set-logic LIA)(synth-fun f ((x Int)) Int ((Start Int)) ((Start Int (x 1 (+ Start Start)))))"
                + "(synth-fun g ((x Int)) Int ((Start Int)) ((Start Int (x 1 (+ Start Start)))))"
                + "(declare-var x Int)(constraint (= (g x) (+ (f x) (f x))))(constraint (= (f x) (+ x 1)))(check-synth)";
        Stats stats = new Stats();
        assertSolved(text, solve(text, 20_000, 0, stats));
        assertTrue(stats.strategy.startsWith("joint enumeration"), stats.strategy);
    }

    @Test
    void aContradictionIsInfeasibleOnceZ3ConfirmsIt() throws ParseException {
        String text = "(set-logic LIA)(synth-fun f ((x Int)) Int)(declare-var x Int)"
                + "(constraint (=> (> x 2) (= (f x) 1)))(constraint (=> (> x 2) (= x 0)))(check-synth)";
        Stats stats = new Stats();
        Outcome outcome = solve(text, 10_000, 0, stats);
        Outcome.Infeasible infeasible = assertInstanceOf(Outcome.Infeasible.class, outcome);
        assertTrue(infeasible.why().startsWith("contradiction"), infeasible.why());
    }

    @Test
    void anExhaustedGrammarIsInfeasibleOnlyWithAReplayedCertificate() throws ParseException {
        String text = "(set-logic BV)(synth-fun f ((x (_ BitVec 8))) (_ BitVec 8) ((Start (_ BitVec 8)) (B (_ BitVec 8)))"
                + "((Start (_ BitVec 8) ((bvand B B))) (B (_ BitVec 8) (x #x01))))"
                + "(declare-var x (_ BitVec 8))(constraint (= (f x) (bvnot x)))(check-synth)";
        Outcome.Infeasible infeasible = assertInstanceOf(Outcome.Infeasible.class, solve(text, 10_000, 0, new Stats()));
        assertTrue(infeasible.why().contains("grammar exhaustion") && infeasible.why().contains("replayed"), infeasible.why());
    }

    @Test
    void nestedCallsAreNotMistakenForExhaustion() throws ParseException {
        // with f's value compared only at 5, the two Rest terms look alike; the loop must find the second
        String text = "(set-logic LIA)(synth-fun f ((x Int)) Int ((Start Int) (Rest Int))"
                + "((Start Int ((ite (= x 5) 6 Rest))) (Rest Int (x (ite (= x 6) 5 x)))))"
                + "(declare-var x Int)(constraint (= (f 5) 6))(constraint (= (f (f x)) x))(check-synth)";
        assertSolved(text, solve(text, 20_000, 0, new Stats()));
    }

    @Test
    void z3UnknownEndsInUnknownNeverSolved() throws ParseException {
        // x^3 + y^3 = z^3 has no positive solution; Z3's non-linear arithmetic cannot show it within 300 ms
        String text = "(set-logic NIA)(synth-fun f ((x Int)) Int ((Start Int)) ((Start Int (x))))"
                + "(declare-var x Int)(declare-var y Int)(declare-var z Int)"
                + "(constraint (=> (and (> x 0) (> y 0) (> z 0)) (distinct (+ (* x x x) (* y y y)) (* z z z))))"
                + "(check-synth)";
        Outcome outcome = solve(text, 20_000, 300, new Stats());
        Outcome.Unknown unknown = assertInstanceOf(Outcome.Unknown.class, outcome);
        assertTrue(unknown.why().startsWith("Z3 could not decide"), unknown.why());
    }

    @Test
    void theDeadlineEndsInUnknown() throws ParseException {
        String text = "(set-logic BV)(synth-fun f ((x (_ BitVec 32))) (_ BitVec 32) ((Start (_ BitVec 32)) )"
                + "((Start (_ BitVec 32) (x #x00000001 (bvadd Start Start) (bvmul Start Start) (bvxor Start Start)))))"
                + "(declare-var x (_ BitVec 32))(constraint (= (f x) (bvudiv (bvmul x x x x x) #x00000007)))(check-synth)";
        long start = System.nanoTime();
        Outcome outcome = solve(text, 1_000, 0, new Stats());
        assertInstanceOf(Outcome.Unknown.class, outcome);
        assertTrue(System.nanoTime() - start < 5_000_000_000L, "the solve ran far past its deadline");
    }

    @Test
    void aCounterexampleThatIsAlreadyAnExampleSetsTheCandidateAside() throws ParseException {
        // (div x 0) is 0 on our evaluation, but SMT-LIB leaves it open: no counterexample can rule it out, so the
        // loop sets it aside and the search goes on to the real solution
        String text = "(set-logic LIA)(synth-fun f ((x Int)) Int ((Start Int)) ((Start Int ((div x 0) (+ x 1)))))"
                + "(declare-var x Int)(constraint (or (= (f x) 0) (= (f x) (+ x 1))))(check-synth)";
        assertSolved(text, solve(text, 10_000, 0, new Stats()));
    }

    @Test
    void aGrammarLeftWithOnlySetAsideTermsIsUnknownNotInfeasible() throws ParseException {
        String text = "(set-logic LIA)(synth-fun f ((x Int)) Int ((Start Int)) ((Start Int ((div x 0)))))"
                + "(declare-var x Int)(constraint (= (f x) 0))(check-synth)";
        Outcome outcome = solve(text, 10_000, 0, new Stats());
        assertInstanceOf(Outcome.Unknown.class, outcome, outcome.toString());
    }

    @Test
    void assumesThatMentionTheFunctionBecomePremises() throws ParseException {
        String text = "(set-logic LIA)(synth-fun f ((x Int)) Int ((Start Int)) ((Start Int (0 1))))"
                + "(declare-var x Int)(assume (= (f x) 1))(constraint (= (f x) 2))(check-synth)";
        assertSolved(text, solve(text, 10_000, 0, new Stats()));
        Obligations o = Obligations.of(SygusParser.parse(text).specification(), Map.of(), java.util.Set.of("f"));
        assertEquals(0, o.freeAssumes().size());
        assertEquals("(=> (= (f x) 1) (= (f x) 2))", o.conjuncts().get(0).formula().toString());
        assertTrue(o.conjuncts().get(0).label().startsWith("constraint 1 at 1:"), o.conjuncts().get(0).label());
    }
}
