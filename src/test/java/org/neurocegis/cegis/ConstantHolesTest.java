package org.neurocegis.cegis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurocegis.invariant.InvariantEngine;
import org.neurocegis.neural.UniformProposer;
import org.neurocegis.sexpr.ParseException;
import org.neurocegis.sygus.SygusParser;
import org.neurocegis.sygus.SygusPrinter;
import org.neurocegis.verify.SolutionChecker;

/**
 * Constants by Z3 inside the enumeration, end to end with real Z3: constants that no literal of the file spells and
 * that the grammar cannot build are found, and what is printed still passes the independent check (grammar included).
 */
class ConstantHolesTest {
    /** x with its odd bits cleared; the mask is only computed by the spec (bvudiv), which the grammar lacks. */
    private static final String MASK = "(set-logic BV)"
            + "(define-fun spec ((x (_ BitVec 32))) (_ BitVec 32) (bvand x (bvudiv #xffffffff #x00000003)))"
            + "(synth-fun f ((x (_ BitVec 32))) (_ BitVec 32) ((Start (_ BitVec 32)))"
            + " ((Start (_ BitVec 32) (x (Constant (_ BitVec 32)) (bvand Start Start) (bvor Start Start) (bvxor Start Start) (bvnot Start)))))"
            + "(declare-var x (_ BitVec 32))(constraint (= (f x) (spec x)))(check-synth)";

    private static Outcome solve(String text, boolean holes, Stats stats) throws ParseException {
        return Cegis.solve(SygusParser.parse(text), new Cegis.Options(20_000, 0, Guidance.of(new UniformProposer()), 1, null,
                InvariantEngine.Kind.portfolio, holes), stats);
    }

    private static String assertSolved(String text, Outcome outcome) throws ParseException {
        Outcome.Solved solved = assertInstanceOf(Outcome.Solved.class, outcome, text);
        String printed = SygusPrinter.solution(solved.solutions());
        SolutionChecker.Verdict v = SolutionChecker.check(SygusParser.parse(text), printed, 10_000);
        assertEquals(SolutionChecker.Status.SOLVED, v.status(), printed + ": " + v.detail());
        return printed;
    }

    @Test
    void aMaskTheGrammarCannotBuildIsFoundByZ3() throws ParseException {
        Stats stats = new Stats();
        String printed = assertSolved(MASK, solve(MASK, true, stats));
        assertTrue(printed.contains("#x55555555"), printed);
        assertEquals("enumeration with a constant by Z3", stats.strategy);
        assertTrue(stats.constantsFound >= 1 && stats.constantZ3Checks >= 1, stats.format());
    }

    @Test
    void withoutItThePoolsConstantsCannotReachTheMask() throws ParseException {
        // 0, 1, -1 and the file's literals under and/or/xor/not never make #x55555555: the search gives up
        Stats stats = new Stats();
        Outcome outcome = solve(MASK, false, stats);
        assertInstanceOf(Outcome.Unknown.class, outcome);
        assertEquals(0, stats.constantShapes);
    }

    @Test
    void aConstantOfAnotherNonTerminalIsDerivedThroughIt() throws ParseException {
        // 105 is no literal of the file; (+ Start C) takes it from C, which only has (Constant Int)
        String text = "(set-logic LIA)(synth-fun f ((x Int)) Int ((Start Int) (C Int))"
                + " ((Start Int (x (+ Start C) (ite (<= Start C) Start Start))) (C Int ((Constant Int)))))"
                + "(declare-var x Int)(constraint (= (f x) (+ x (* 7 5 3))))(check-synth)";
        Stats stats = new Stats();
        String printed = assertSolved(text, solve(text, true, stats));
        assertTrue(printed.contains("105"), printed);
    }

    @Test
    void aRelationalConstraintIsSolvedThroughItsResidual() throws ParseException {
        // the output is not fixed by an equation (f x) = e: the constant comes from the residual (bvxor (f x) x) = K
        String text = "(set-logic BV)(synth-fun f ((x (_ BitVec 16))) (_ BitVec 16) ((Start (_ BitVec 16)))"
                + " ((Start (_ BitVec 16) (x (Constant (_ BitVec 16)) (bvxor Start Start) (bvand Start Start)))))"
                + "(declare-var x (_ BitVec 16))(constraint (= (bvxor (f x) x) (bvmul #x0123 #x0003)))(check-synth)";
        Stats stats = new Stats();
        String printed = assertSolved(text, solve(text, true, stats));
        assertTrue(printed.contains("#x0369"), printed);
        assertEquals("enumeration with a constant by Z3", stats.strategy);
    }
}
