package org.neurocegis.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neurocegis.bench.BenchFixtures.CORRECT;
import static org.neurocegis.bench.BenchFixtures.INC;
import static org.neurocegis.bench.BenchFixtures.INC_INFEASIBLE;
import static org.neurocegis.bench.BenchFixtures.WRONG;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neurocegis.sygus.SygusParser;

/**
 * {@link Judge}: answers judged by the real checker (Z3), then the infeasible answers judged against the other
 * solvers' results on the same problem.
 */
class JudgeTest {
    private static final int LIMIT = 30;

    private static BenchProblem problem(String text, boolean listed) throws Exception {
        return new BenchProblem(Path.of("/nowhere/lia/p.sl"), "lia", "p.sl", SygusParser.parse(text), null, listed);
    }

    private static BenchResult answer(BenchProblem p, String solver, String stdout) {
        ProcessRunner.Outcome run = new ProcessRunner.Outcome(0, 0.25, false, false, stdout, false, "");
        return Judge.judge(p, solver, run, LIMIT, 1000, 20_000);
    }

    private static BenchResult bySolver(List<BenchResult> results, String solver) {
        return results.stream().filter(r -> r.solver().equals(solver)).findFirst().orElseThrow();
    }

    @Test
    void infeasibleIsWrongWhenAnotherSolverProvedASolution() throws Exception {
        BenchProblem p = problem(INC, false);
        BenchResult ours = answer(p, "neurocegis", "infeasible");
        BenchResult theirs = answer(p, "cvc5", CORRECT);
        assertEquals(BenchStatus.UNCONFIRMED, ours.status(), "before the cross-check");
        assertEquals(BenchStatus.SOLVED, theirs.status(), theirs.detail());

        List<BenchResult> checked = Judge.crossCheck(p, List.of(ours, theirs), null);

        assertEquals(2, checked.size());
        BenchResult r = bySolver(checked, "neurocegis");
        assertEquals(BenchStatus.WRONG, r.status());
        assertTrue(r.detail().contains("cvc5") && r.detail().contains("verified solution"), r.detail());
        assertEquals(0.25, r.seconds(), 1e-9, "the time is kept");
        assertEquals(theirs, bySolver(checked, "cvc5"), "the solver that solved it is untouched");
    }

    @Test
    void theBaselineCanRefuteAndBeRefuted() throws Exception {
        BenchProblem p = problem(INC, false);
        BenchResult ours = answer(p, "neurocegis", "infeasible");
        BenchResult baseline = new BenchResult("lia", "p.sl", "cvc5", BenchStatus.SOLVED, 1.0, "proved (baseline)");
        BenchResult r = bySolver(Judge.crossCheck(p, List.of(ours, baseline), "cvc5"), "neurocegis");
        assertEquals(BenchStatus.WRONG, r.status());
        assertTrue(r.detail().contains("cvc5 (recorded baseline)"), r.detail());

        // The other way round: the baseline said infeasible, and our proved solution refutes it.
        BenchResult solved = answer(p, "neurocegis", CORRECT);
        BenchResult claim = new BenchResult("lia", "p.sl", "cvc5", BenchStatus.UNCONFIRMED, 1.0, "infeasible (baseline)");
        BenchResult c = bySolver(Judge.crossCheck(p, List.of(solved, claim), "cvc5"), "cvc5");
        assertEquals(BenchStatus.WRONG, c.status());
        assertTrue(c.detail().contains("neurocegis solved it"), c.detail());
    }

    @Test
    void infeasibleStaysUnconfirmedWithoutAProvedSolution() throws Exception {
        BenchProblem p = problem(INC, false);
        BenchResult ours = answer(p, "neurocegis", "infeasible");
        BenchResult wrong = answer(p, "cvc5", WRONG);
        BenchResult unknown = answer(p, "other", "unknown");
        BenchResult alsoInfeasible = answer(p, "fourth", "infeasible");
        assertEquals(BenchStatus.WRONG, wrong.status(), wrong.detail());

        List<BenchResult> checked = Judge.crossCheck(p, List.of(ours, wrong, unknown, alsoInfeasible), null);

        assertEquals(List.of(ours, wrong, unknown, alsoInfeasible), checked,
                "a refuted solution, unknown or a second infeasible claim proves nothing");
        assertEquals(BenchStatus.UNCONFIRMED, bySolver(checked, "neurocegis").status());
        assertEquals(BenchStatus.UNCONFIRMED, bySolver(checked, "fourth").status());
    }

    @Test
    void everyInfeasibleClaimIsRefutedAndEverySolverNamed() throws Exception {
        BenchProblem p = problem(INC, false);
        List<BenchResult> checked = Judge.crossCheck(p, List.of(answer(p, "a", "infeasible"), answer(p, "b", CORRECT),
                answer(p, "c", CORRECT), answer(p, "d", "infeasible")), null);
        BenchResult a = bySolver(checked, "a");
        assertEquals(BenchStatus.WRONG, a.status());
        assertTrue(a.detail().contains("b and c solved it"), a.detail());
        assertEquals(BenchStatus.WRONG, bySolver(checked, "d").status());
        assertEquals(BenchStatus.SOLVED, bySolver(checked, "b").status());
    }

    @Test
    void aListedProblemIsLeftAlone() throws Exception {
        // Listed as infeasible, yet someone's answer is proved: leave both as they are (and do not crash).
        BenchProblem p = problem(INC, true);
        BenchResult ours = answer(p, "neurocegis", "infeasible");
        BenchResult theirs = answer(p, "cvc5", CORRECT);
        assertEquals(BenchStatus.SOLVED, ours.status());
        assertEquals(BenchStatus.SOLVED, theirs.status());
        assertEquals(List.of(ours, theirs), Judge.crossCheck(p, List.of(ours, theirs), null));

        BenchProblem truly = problem(INC_INFEASIBLE, true);
        BenchResult claim = answer(truly, "neurocegis", "infeasible");
        BenchResult timeout = new BenchResult("lia", "p.sl", "cvc5", BenchStatus.TIMEOUT, 30, "timeout");
        List<BenchResult> checked = Judge.crossCheck(truly, List.of(claim, timeout), null);
        assertEquals(BenchStatus.SOLVED, bySolver(checked, "neurocegis").status());
        assertEquals("infeasible, as listed", bySolver(checked, "neurocegis").detail());
    }

    @Test
    void aLoneResultOrNoneIsKept() throws Exception {
        BenchProblem p = problem(INC, false);
        BenchResult ours = answer(p, "neurocegis", "infeasible");
        assertEquals(List.of(ours), Judge.crossCheck(p, List.of(ours), null));
        assertEquals(List.of(), Judge.crossCheck(p, List.of(), null));
    }
}
