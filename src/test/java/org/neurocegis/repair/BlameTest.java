package org.neurocegis.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neurocegis.sygus.Problem;
import org.neurocegis.sygus.SygusParser;
import org.neurocegis.term.FunctionDefinition;
import org.neurocegis.verify.CandidateVerifier;
import org.neurocegis.verify.SolutionChecker;

class BlameTest {
    private static final Path HD = Path.of("sygus-benchmarks", "verify-hd");

    /** A few of the golden mutants, one of each kind: the quick version of {@link BlameFiguresTest}. */
    @Test
    void theTopSuspectOfEachKindOfMutantIsTheMutatedSubtermWithAProvedRepair() throws Exception {
        for (String name : List.of("floor-average-32.mutant-operator-swap", "floor-average-32.mutant-operand-swap",
                "rightmost-off-32.mutant-constant-off-by-one", "floor-average-32.mutant-inserted-bvnot",
                "max-unsigned-32.mutant-variable-swap")) {
            BlameFiguresTest.Row row = BlameFiguresTest.run(HD.resolve(name + ".fun"), 10_000);
            assertTrue(row.top1(), name + ": " + row);
            assertTrue(row.repaired(), name + ": " + row);
        }
    }

    /**
     * (x << 1) + y where (x << 1) * y is wanted: the operator is the proved repair; x and the shift amount are cleared
     * (the shrunk counterexamples have x = 0, y != 0); the other suspects have no repair, and nothing unproved is offered.
     */
    @Test
    void positionsThatCannotFixTheCounterexamplesAreClearedAndOnlyProvedRepairsAreOffered() throws Exception {
        Problem p = SygusParser.parse("""
                (set-logic BV)
                (synth-fun f ((x (_ BitVec 8)) (y (_ BitVec 8))) (_ BitVec 8))
                (declare-var x (_ BitVec 8))
                (declare-var y (_ BitVec 8))
                (constraint (= (f x y) (bvmul (bvshl x #x01) y)))
                (check-synth)
                """);
        Map<String, FunctionDefinition> c = SygusParser.parseSolution(p,
                "(define-fun f ((x (_ BitVec 8)) (y (_ BitVec 8))) (_ BitVec 8) (bvadd (bvshl x #x01) y))");
        CandidateVerifier.Report r = CandidateVerifier.verify(p, c, new CandidateVerifier.Options(10_000, 4, 1000, 1));
        Blame.Result blame = Blame.rank(p, c, ((CandidateVerifier.Verdict.Refuted) r.verdict()).counterexamples(),
                new Blame.Options(10_000));
        assertEquals(5, blame.positions());
        assertTrue(blame.cleared() >= 1, "cleared " + blame.cleared());
        Blame.Suspect top = blame.ranked().get(0);
        assertEquals(List.of(), top.path());
        assertEquals("operator bvadd -> bvmul", top.repair().orElseThrow().kind());
        for (Blame.Suspect s : blame.ranked()) {
            if (s.repair().isEmpty()) continue;
            assertEquals(SolutionChecker.Status.SOLVED,
                    SolutionChecker.check(p, s.repair().get().repaired().toDefineFun(), 10_000).status());
        }
        // at x = 0 the output must be 0 whatever y is: no value of x or of the shift amount gives (0 << 1) + y = 0
        assertEquals(2, blame.cleared());
        assertEquals(List.of(List.of(), List.of(1), List.of(0)), blame.ranked().stream().map(Blame.Suspect::path).toList());
    }

    /** No local change repairs (bvnot y) where (bvlshr y 3) is wanted: the synthesiser fills that position, proved. */
    @Test
    void withoutALocalRepairTheSynthesiserFillsTheTopPosition() throws Exception {
        Problem p = SygusParser.parse("""
                (set-logic BV)
                (synth-fun f ((x (_ BitVec 32)) (y (_ BitVec 32))) (_ BitVec 32))
                (declare-var x (_ BitVec 32))
                (declare-var y (_ BitVec 32))
                (constraint (= (f x y) (bvadd (bvand x #x00ff00ff) (bvlshr y #x00000003))))
                (check-synth)
                """);
        Map<String, FunctionDefinition> c = SygusParser.parseSolution(p,
                "(define-fun f ((x (_ BitVec 32)) (y (_ BitVec 32))) (_ BitVec 32) (bvadd (bvand x #x00ff00ff) (bvnot y)))");
        CandidateVerifier.Report r = CandidateVerifier.verify(p, c, new CandidateVerifier.Options(10_000, 4, 1000, 1));
        Blame.Result blame = Blame.rank(p, c, ((CandidateVerifier.Verdict.Refuted) r.verdict()).counterexamples(),
                new Blame.Options(10_000));
        Blame.Suspect top = blame.ranked().get(0);
        assertEquals(List.of(1), top.path());
        Blame.Repair repair = top.repair().orElseThrow();
        assertTrue(repair.kind().startsWith("synthesised"), repair.kind());
        assertEquals(SolutionChecker.Status.SOLVED, SolutionChecker.check(p, repair.repaired().toDefineFun(), 10_000).status());
    }
}
