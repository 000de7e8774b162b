package org.neurocegis.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurocegis.sygus.Problem;
import org.neurocegis.sygus.SygusParser;

/** {@link SolutionChecker} on answers whose parameters are named differently from the synth-fun's (real Z3). */
class SolutionCheckerTest {
    private static final int MILLIS = 20_000;

    /** f(x) = x + 1 over a grammar that names the parameter x. */
    private static final String INC = """
            (set-logic LIA)
            (synth-fun f ((x Int)) Int
              ((Start Int))
              ((Start Int (x 0 1 (+ Start Start)))))
            (declare-var y Int)
            (constraint (= (f y) (+ y 1)))
            (check-synth)
            """;

    /** The same, with (Variable Int) and (Constant Int) instead of x and the numerals. */
    private static final String INC_VARIABLE = """
            (set-logic LIA)
            (synth-fun f ((x Int)) Int
              ((Start Int))
              ((Start Int ((Variable Int) (Constant Int) (+ Start Start)))))
            (declare-var x Int)
            (constraint (= (f x) (+ x 1)))
            (check-synth)
            """;

    /** f(x, y) = x - y: the order of the parameters matters. */
    private static final String SUB = """
            (set-logic LIA)
            (synth-fun f ((x Int) (y Int)) Int
              ((Start Int))
              ((Start Int (x y (- Start Start)))))
            (declare-var a Int)
            (declare-var b Int)
            (constraint (= (f a b) (- a b)))
            (check-synth)
            """;

    private static SolutionChecker.Verdict check(String problem, String answer) throws Exception {
        Problem p = SygusParser.parse(problem);
        return SolutionChecker.check(p, answer, MILLIS);
    }

    private static void assertVerdict(SolutionChecker.Status expected, SolutionChecker.Verdict v) {
        assertEquals(expected, v.status(), v.detail());
    }

    @Test
    void theSynthFunsOwnNamesStillWork() throws Exception {
        assertVerdict(SolutionChecker.Status.SOLVED, check(INC, "((define-fun f ((x Int)) Int (+ x 1)))"));
        assertVerdict(SolutionChecker.Status.WRONG, check(INC, "((define-fun f ((x Int)) Int (+ x x)))"));
    }

    @Test
    void alphaRenamedCorrectAnswerIsSolved() throws Exception {
        // y is also the declared variable of the constraint: a name of the answer's own, nothing to do with it.
        assertVerdict(SolutionChecker.Status.SOLVED, check(INC, "((define-fun f ((y Int)) Int (+ y 1)))"));
        assertVerdict(SolutionChecker.Status.SOLVED, check(INC, "(define-fun f ((z Int)) Int (+ 1 z))"));
    }

    @Test
    void alphaRenamedWrongAnswerIsWrong() throws Exception {
        SolutionChecker.Verdict v = check(INC, "((define-fun f ((y Int)) Int (+ y y)))");
        assertVerdict(SolutionChecker.Status.WRONG, v);
        assertTrue(v.detail().startsWith("counterexample"), v.detail());
        assertVerdict(SolutionChecker.Status.WRONG, check(INC, "((define-fun f ((y Int)) Int (+ 1 1)))"));
    }

    @Test
    void alphaRenamedAnswerOutsideTheGrammarIsStillAViolation() throws Exception {
        // Correct, but - is not in the grammar: the renaming must not make the check lenient.
        assertVerdict(SolutionChecker.Status.GRAMMAR_VIOLATION,
                check(INC, "((define-fun f ((y Int)) Int (- (+ y 1 1) 1)))"));
    }

    @Test
    void variableProductionAcceptsTheRenamedParameter() throws Exception {
        assertVerdict(SolutionChecker.Status.SOLVED, check(INC_VARIABLE, "((define-fun f ((y Int)) Int (+ y 1)))"));
        assertVerdict(SolutionChecker.Status.WRONG, check(INC_VARIABLE, "((define-fun f ((y Int)) Int (+ y 2)))"));
        // (Variable Int) and (Constant Int) allow no subtraction.
        assertVerdict(SolutionChecker.Status.GRAMMAR_VIOLATION,
                check(INC_VARIABLE, "((define-fun f ((y Int)) Int (- y (- 1))))"));
    }

    @Test
    void parametersAreRenamedByPositionAllAtOnce() throws Exception {
        // Swapped names: the answer's y is the synth-fun's x, and its x is the synth-fun's y.
        assertVerdict(SolutionChecker.Status.SOLVED, check(SUB, "((define-fun f ((y Int) (x Int)) Int (- y x)))"));
        assertVerdict(SolutionChecker.Status.WRONG, check(SUB, "((define-fun f ((y Int) (x Int)) Int (- x y)))"));
        // One renamed onto the other's name: a sequential renaming would make (- x x).
        assertVerdict(SolutionChecker.Status.SOLVED, check(SUB, "((define-fun f ((y Int) (z Int)) Int (- y z)))"));
        assertVerdict(SolutionChecker.Status.WRONG, check(SUB, "((define-fun f ((a Int) (b Int)) Int (- b a)))"));
    }

    @Test
    void aLetBindingTheNewNameIsNotCaptured() throws Exception {
        // Renaming y to x naively would read the let's x (= 1) instead of the parameter.
        assertVerdict(SolutionChecker.Status.SOLVED,
                check(INC, "((define-fun f ((y Int)) Int (let ((x 1)) (+ y x))))"));
        assertVerdict(SolutionChecker.Status.WRONG,
                check(INC, "((define-fun f ((y Int)) Int (let ((x 0)) (+ y x))))"));
        // A let that rebinds the old name shadows it.
        assertVerdict(SolutionChecker.Status.WRONG,
                check(INC, "((define-fun f ((y Int)) Int (let ((y 1)) (+ y 1))))"));
    }

    @Test
    void aParameterNamedLikeADefinedFunctionShadowsIt() throws Exception {
        String problem = """
                (set-logic LIA)
                (define-fun g ((a Int)) Int (+ a 1))
                (synth-fun f ((x Int)) Int)
                (declare-var x Int)
                (constraint (= (f x) (g x)))
                (check-synth)
                """;
        assertVerdict(SolutionChecker.Status.SOLVED, check(problem, "((define-fun f ((g Int)) Int (+ g 1)))"));
        assertVerdict(SolutionChecker.Status.SOLVED, check(problem, "((define-fun f ((y Int)) Int (g y)))"));
        assertVerdict(SolutionChecker.Status.WRONG, check(problem, "((define-fun f ((g Int)) Int (+ g 2)))"));
    }

    @Test
    void aCallTheNewNameWouldShadowKeepsTheAnswersNames() throws Exception {
        // The answer reads the constant function x beside its parameter y. Renamed to the synth-fun's x, the
        // parameter would hide the function (and the proof would read (+ x x)): the answer keeps its own names.
        String problem = """
                (set-logic LIA)
                (define-fun x () Int 1)
                (synth-fun f ((x Int)) Int)
                (declare-var a Int)
                (constraint (= (f a) (+ a 1)))
                (check-synth)
                """;
        assertVerdict(SolutionChecker.Status.SOLVED, check(problem, "((define-fun f ((y Int)) Int (+ y x)))"));
        assertVerdict(SolutionChecker.Status.WRONG, check(problem, "((define-fun f ((y Int)) Int (+ y x x)))"));
        // With a grammar, x means the parameter there: the call of the function x cannot be derived.
        String withGrammar = problem.replace("(synth-fun f ((x Int)) Int)",
                "(synth-fun f ((x Int)) Int ((Start Int)) ((Start Int (x 1 (+ Start Start)))))");
        assertVerdict(SolutionChecker.Status.GRAMMAR_VIOLATION,
                check(withGrammar, "((define-fun f ((y Int)) Int (+ y x)))"));
        assertVerdict(SolutionChecker.Status.SOLVED, check(withGrammar, "((define-fun f ((y Int)) Int (+ y 1)))"));
    }

    @Test
    void arityMismatchIsAnError() throws Exception {
        SolutionChecker.Verdict v = check(INC, "((define-fun f ((y Int) (z Int)) Int (+ y 1)))");
        assertVerdict(SolutionChecker.Status.ERROR, v);
        assertTrue(v.detail().contains("f has 1 parameter (x Int), but the answer gives it 2"), v.detail());
        SolutionChecker.Verdict none = check(INC, "((define-fun f () Int 1))");
        assertVerdict(SolutionChecker.Status.ERROR, none);
        assertTrue(none.detail().contains("gives it 0"), none.detail());
    }

    @Test
    void sortMismatchIsAnError() throws Exception {
        SolutionChecker.Verdict v = check(INC, "((define-fun f ((y Bool)) Int (ite y 1 0)))");
        assertVerdict(SolutionChecker.Status.ERROR, v);
        assertTrue(v.detail().contains("parameter 1 of f, y, has sort Bool, but the synth-fun's x has sort Int"),
                v.detail());
        SolutionChecker.Verdict swapped = check("""
                (set-logic LIA)
                (synth-fun f ((x Int) (b Bool)) Int)
                (declare-var x Int)
                (constraint (= (f x true) x))
                (check-synth)
                """, "((define-fun f ((c Bool) (y Int)) Int y))");
        assertVerdict(SolutionChecker.Status.ERROR, swapped);
        assertTrue(swapped.detail().contains("parameter 1 of f, c, has sort Bool"), swapped.detail());
    }
}
