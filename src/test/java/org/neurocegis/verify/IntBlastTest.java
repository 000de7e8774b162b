package org.neurocegis.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.z3.BitVecNum;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import com.microsoft.z3.IntNum;
import com.microsoft.z3.Status;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.neurocegis.sygus.Problem;
import org.neurocegis.sygus.SygusParser;
import org.neurocegis.term.Evaluator;
import org.neurocegis.term.FunctionDefinition;
import org.neurocegis.term.Op;
import org.neurocegis.term.Sort;
import org.neurocegis.term.Term;
import org.neurocegis.term.Value;

/**
 * Int-blasting is exact: every operator of its fragment, applied to variables (and to every constant where the
 * fragment needs one, division by zero and shifts past the width included), yields the evaluator's value at every
 * input of a 4-bit width, and the value Z3's bit-vector semantics gives there; operators outside the fragment
 * are refused. On the Hacker's Delight suite: divide-by-3 is proved, its mutant refuted at a point that replays.
 */
class IntBlastTest {
    private static final Path HD = Path.of("sygus-benchmarks", "verify-hd");
    private static Context ctx;
    private static Z3Translator blast;
    private static Z3Translator bits;

    @BeforeAll
    static void open() {
        ctx = new Context();
        bits = new Z3Translator(ctx, Map.of());
        blast = bits.intBlasting();
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    private static Term.Var x(int w) {
        return new Term.Var("x", Sort.bitVec(w));
    }

    private static Term.Var y(int w) {
        return new Term.Var("y", Sort.bitVec(w));
    }

    private static Term.Lit c(int w, long v) {
        return new Term.Lit(Value.BitVecValue.of(w, v));
    }

    /** The terms under test at width w: each operator of the fragment, over x and y (or x and each constant). */
    private static List<Term> terms(int w) {
        Term x = x(w), y = y(w);
        List<Term> out = new ArrayList<>();
        for (Op op : List.of(Op.BVNOT, Op.BVNEG)) out.add(Term.app(op, x));
        out.add(Term.app(Op.EXTRACT, List.of(w - 2, 1), List.of(x)));
        out.add(Term.app(Op.EXTRACT, List.of(w - 1, w - 1), List.of(x)));
        for (Op op : List.of(Op.ZERO_EXTEND, Op.SIGN_EXTEND, Op.REPEAT)) out.add(Term.app(op, List.of(2), List.of(x)));
        for (int k = 0; k <= w + 1; k++) {
            out.add(Term.app(Op.ROTATE_LEFT, List.of(k), List.of(x)));
            out.add(Term.app(Op.ROTATE_RIGHT, List.of(k), List.of(x)));
        }
        for (Op op : List.of(Op.BVADD, Op.BVSUB, Op.BVCOMP, Op.CONCAT, Op.EQ, Op.DISTINCT, Op.BVULT, Op.BVULE, Op.BVUGT,
                Op.BVUGE, Op.BVSLT, Op.BVSLE, Op.BVSGT, Op.BVSGE)) {
            out.add(Term.app(op, x, y));
        }
        out.add(Term.app(Op.ITE, Term.app(Op.BVSLT, x, y), Term.app(Op.BVADD, x, y, x), Term.app(Op.BVSUB, y, x)));
        for (long v = 0; v < (1L << w); v++) {
            for (Op op : List.of(Op.BVMUL, Op.BVAND, Op.BVOR, Op.BVXOR, Op.BVNAND, Op.BVNOR, Op.BVXNOR, Op.BVUDIV,
                    Op.BVUREM, Op.BVSDIV, Op.BVSREM, Op.BVSMOD, Op.BVSHL, Op.BVLSHR, Op.BVASHR)) {
                out.add(Term.app(op, x, c(w, v)));
            }
            for (Op op : List.of(Op.BVMUL, Op.BVAND, Op.BVOR, Op.BVXOR)) out.add(Term.app(op, c(w, v), x));
            out.add(Term.app(Op.BVMUL, c(w, v), x, c(w, 3)));
        }
        return out;
    }

    @Test
    void everyOperatorAgreesWithTheEvaluatorAndZ3sBitVectorsAtEveryInputOfFourBits() {
        int w = 4;
        Evaluator evaluator = new Evaluator();
        Expr<?> xi = blast.variable(x(w)), yi = blast.variable(y(w));
        Expr<?> xb = bits.variable(x(w)), yb = bits.variable(y(w));
        int compared = 0;
        for (Term t : terms(w)) {
            Expr<?> integer = blast.translate(t, Map.of());
            Expr<?> bitVector = bits.translate(t, Map.of());
            for (int a = 0; a < 16; a++) {
                for (int b = 0; b < 16; b++) {
                    Object got = constant(integer.substitute(new Expr[] {xi, yi}, new Expr[] {ctx.mkInt(a), ctx.mkInt(b)}));
                    Value want = evaluator.eval(t, Map.of("x", Value.BitVecValue.of(w, a), "y", Value.BitVecValue.of(w, b)));
                    Object expected = want instanceof Value.BitVecValue v ? v.unsigned() : Boolean.valueOf(want.equals(Value.TRUE));
                    assertEquals(expected, got, t + " at x=" + a + ", y=" + b + " (the evaluator)");
                    Object z3 = constant(bitVector.substitute(new Expr[] {xb, yb}, new Expr[] {ctx.mkBV(a, w), ctx.mkBV(b, w)}));
                    assertEquals(z3, got, t + " at x=" + a + ", y=" + b + " (Z3's bit-vectors)");
                    compared++;
                }
            }
        }
        assertTrue(compared > 90_000, "compared " + compared);
    }

    /** A ground expression's value: an integer (a bit-vector read unsigned) or a Boolean. */
    private static Object constant(Expr<?> ground) {
        Expr<?> e = ground.simplify();
        if (e.isIntNum()) return ((IntNum) e).getBigInteger();
        if (e instanceof BitVecNum n) return n.getBigInteger();
        if (e.isTrue() || e.isFalse()) return e.isTrue();
        throw new AssertionError("not a constant: " + e);
    }

    @Test
    void operatorsWithoutAnExactLinearFormAreRefusedByName() {
        int w = 8;
        Term x = x(w), y = y(w);
        Map<Term, String> refused = Map.of(
                Term.app(Op.BVAND, x, y), "bvand of two non-constant operands",
                Term.app(Op.BVMUL, x, Term.app(Op.BVADD, y, c(w, 1))), "bvmul of two non-constant operands",
                Term.app(Op.BVUDIV, x, y), "bvudiv by a non-constant operand",
                Term.app(Op.BVLSHR, c(w, 200), x), "bvlshr by a non-constant operand",
                Term.app(Op.BVXOR, x, y, c(w, 1)), "bvxor of more than two operands");
        for (Map.Entry<Term, String> e : refused.entrySet()) {
            IntBlast.OutsideFragment ex = assertThrows(IntBlast.OutsideFragment.class, () -> blast.translate(e.getKey(), Map.of()));
            assertEquals(e.getValue(), ex.getMessage());
        }
        // a constant operand built by an expression still counts as a constant
        blast.translate(Term.app(Op.BVMUL, x, Term.app(Op.BVADD, c(w, 1), c(w, 2))), Map.of());
    }

    private static Problem problem(String name) throws Exception {
        return SygusParser.parse(Files.readString(HD.resolve(name)));
    }

    private static Map<String, FunctionDefinition> candidate(Problem p, String name) throws Exception {
        return SygusParser.parseSolution(p, Files.readString(HD.resolve(name)));
    }

    @Test
    void divideByThreeIsProvedAndItsMutantRefutedAtAPointThatReplays() throws Exception {
        for (int w : new int[] {32, 64}) {
            Problem p = problem("divide-by-3-" + w + ".sl");
            Map<String, FunctionDefinition> correct = candidate(p, "divide-by-3-" + w + ".correct.fun");
            assertInstanceOf(IntBlast.Answer.Proved.class, IntBlast.check(p, correct, p.constraints(), 10_000));
            Map<String, FunctionDefinition> mutant = candidate(p, "divide-by-3-" + w + ".mutant-constant-off-by-one.fun");
            IntBlast.Answer answer = IntBlast.check(p, mutant, p.constraints(), 10_000);
            IntBlast.Answer.Point point = assertInstanceOf(IntBlast.Answer.Point.class, answer);
            Evaluator evaluator = new Evaluator(p.definitionsByName()).with(mutant);
            assertEquals(0, CandidateVerifier.failing(p.specification(), evaluator, point.point()), point.toString());
        }
    }

    @Test
    void theSolutionCheckerAndVerifyProveDivideByThreeWhereBitBlastingTimesOut() throws Exception {
        Problem p = problem("divide-by-3-32.sl");
        Map<String, FunctionDefinition> correct = candidate(p, "divide-by-3-32.correct.fun");
        // the bit-vector query alone does not finish in 2 s
        assertEquals(Status.UNKNOWN, SmtScript.check(SolutionChecker.declarations(p, correct)
                + "(assert (not " + SmtScript.implication(p.specification()) + "))", 2_000).status());
        assertEquals(SolutionChecker.Status.SOLVED, SolutionChecker.prove(p, correct, 2_000).status());
        CandidateVerifier.Report report = CandidateVerifier.verify(p, correct, new CandidateVerifier.Options(2_000, 1, 100, 1));
        assertInstanceOf(CandidateVerifier.Verdict.Proved.class, report.verdict());
        assertTrue(report.notes().stream().anyMatch(n -> n.contains("int-blasted")), report.notes().toString());
    }

    @Test
    void readsAnIntegerModelBackAsBitVectors() {
        assertEquals(Value.BitVecValue.of(8, 200), Z3Translator.valueOf(ctx.mkInt(200), Sort.bitVec(8)));
    }
}
