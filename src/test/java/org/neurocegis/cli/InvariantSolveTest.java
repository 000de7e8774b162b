package org.neurocegis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.neurocegis.sygus.SygusParser;
import org.neurocegis.verify.SolutionChecker;


/** {@code solve} on invariant problems: each engine, the lane named by --stats, and the trace printed by -v. */
class InvariantSolveTest {
    private static final Path GOLDEN = Path.of("sygus-benchmarks/golden-inv");

    private record Run(int code, String out, String err) {}

    private static Run solve(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString().strip(), err.toString());
    }

    @Test
    void everyEngineSolvesASimpleLoopAndStatsNameTheLane() throws Exception {
        Path file = GOLDEN.resolve("sum-equality.sl");
        for (String engine : new String[] {"ice", "spacer", "portfolio"}) {
            Run r = solve("solve", "--timeout", "30", "--stats", "--inv-engine", engine, file.toString());
            assertEquals(0, r.code(), r.err());
            SolutionChecker.Verdict v = SolutionChecker.check(SygusParser.parse(Files.readString(file)), r.out(), 20_000);
            assertEquals(SolutionChecker.Status.SOLVED, v.status(), engine + ": " + r.out());
            String lane = r.err().lines().filter(l -> l.startsWith("; solved by")).findFirst().orElse("");
            if (!engine.equals("portfolio")) assertTrue(lane.contains("invariant lane " + engine), lane);
            else assertTrue(lane.contains("invariant lane"), lane);
        }
    }

    @Test
    void ourLearnerAloneSolvesTheShapesItIsMeantFor() throws Exception {
        // a guarded disjunction over an SSA loop's real variables, an octagon bounded through a guard, a
        // disjunctive loop, SSA noise
        for (String name : new String[] {"ssa-guarded-disjunction.sl", "octagon.sl", "disjunctive-loop.sl", "ssa-noise.sl"}) {
            Path file = GOLDEN.resolve(name);
            Run r = solve("solve", "--timeout", "30", "--stats", "--inv-engine", "ice", file.toString());
            SolutionChecker.Verdict v = SolutionChecker.check(SygusParser.parse(Files.readString(file)), r.out(), 20_000);
            assertEquals(SolutionChecker.Status.SOLVED, v.status(), name + ": " + r.out());
            assertTrue(r.err().contains("solved by                invariant lane ice"), name + ": " + r.err());
        }
    }

    @Test
    void anUnsafeSystemIsInfeasibleWithItsTracePrinted() {
        Run r = solve("solve", "--timeout", "30", "-v", GOLDEN.resolve("unsafe-depth-3-input.sl").toString());
        assertEquals("infeasible", r.out());
        assertTrue(r.err().contains("counterexample trace"), r.err());
        assertTrue(r.err().contains("state 3: [3]"), r.err());
        assertTrue(r.err().contains("replayed on the evaluator"), r.err());
    }

    @Test
    void withAGrammarOnlyAnInvariantOfTheGrammarIsPrinted() throws Exception {
        Path file = GOLDEN.resolve("grammar-restricted.sl");
        Run r = solve("solve", "--timeout", "30", "--stats", file.toString());
        SolutionChecker.Verdict v = SolutionChecker.check(SygusParser.parse(Files.readString(file)), r.out(), 20_000);
        assertEquals(SolutionChecker.Status.SOLVED, v.status(), r.out());
        // Spacer's invariants, e.g. (not (<= x (- 1))), are not of this grammar; our learner draws its atoms from it
        assertTrue(r.err().contains("solved by                invariant lane ice"), r.err());
    }

    @Test
    void theLearnedModelRanksTheAtomsWhereHoudiniOverAtomsIsNotEnough() throws Exception {
        // both need clauses of two literals after Houdini over atoms: the atoms are ranked there, by the shipped model
        for (String name : new String[] {"disjunctive-loop.sl", "ssa-guarded-disjunction.sl"}) {
            Path file = GOLDEN.resolve(name);
            Run r = solve("solve", "--timeout", "30", "--stats", "--inv-engine", "ice", "--proposer", "neural",
                    "--atom-ranking", "proposer", file.toString());
            SolutionChecker.Verdict v = SolutionChecker.check(SygusParser.parse(Files.readString(file)), r.out(), 20_000);
            assertEquals(SolutionChecker.Status.SOLVED, v.status(), name + ": " + r.out());
            assertTrue(r.err().contains("solved by                invariant lane ice"), name + ": " + r.err());
            assertTrue(r.err().contains("atoms: neural"), name + ": " + r.err());
        }
        // with the fixed order no proposer is asked
        Run fixed = solve("solve", "--timeout", "30", "--stats", "--inv-engine", "ice", "--atom-ranking", "fixed",
                GOLDEN.resolve("disjunctive-loop.sl").toString());
        assertTrue(fixed.err().contains("atoms: fixed order"), fixed.err());
    }

    @Test
    void anUnknownEngineIsABadOption() {
        Run r = solve("solve", "--inv-engine", "magic", GOLDEN.resolve("counter.sl").toString());
        assertEquals(2, r.code());
        assertEquals(2, solve("solve", "--atom-ranking", "magic", GOLDEN.resolve("counter.sl").toString()).code());
    }
}
