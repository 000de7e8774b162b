package org.neurocegis.bench;

import java.util.ArrayList;
import java.util.List;

import org.neurocegis.verify.SolutionChecker;

/**
 * Turns a solver's run into a status, judging the printed answer with {@link SolutionChecker}, and then, once every
 * solver has run on a problem, judges the {@code infeasible} answers against the others' solutions
 * ({@link #crossCheck}).
 */
public final class Judge {
    private Judge() {}

    /**
     * The result of {@code solver}'s run on {@code problem} (which our parser read) with a limit of
     * {@code timeoutSeconds}; {@code checkMillis} bounds Z3's proof of the answer.
     */
    public static BenchResult judge(BenchProblem problem, String solver, ProcessRunner.Outcome run, int timeoutSeconds,
                                    long memoryMb, int checkMillis) {
        String track = problem.track();
        String file = problem.name();
        double seconds = run.seconds();
        if (run.memoryExceeded()) {
            return new BenchResult(track, file, solver, BenchStatus.ERROR, seconds,
                    "memory limit of " + memoryMb + " MB exceeded");
        }
        if (run.timedOut() || seconds > timeoutSeconds) {
            return new BenchResult(track, file, solver, BenchStatus.TIMEOUT, seconds,
                    run.timedOut() ? "killed after the time limit" : "over the time limit");
        }
        if (run.exitCode() != 0) {
            String why = run.exitCode() > 128 ? "killed by signal " + (run.exitCode() - 128) : "exit code " + run.exitCode();
            return new BenchResult(track, file, solver, BenchStatus.ERROR, seconds,
                    why + (run.stderrLine().isEmpty() ? "" : ": " + run.stderrLine()));
        }
        if (run.outputTooLarge()) {
            return new BenchResult(track, file, solver, BenchStatus.ERROR, seconds, "output too large");
        }
        SolutionChecker.Verdict v;
        try {
            v = SolutionChecker.check(problem.problem(), run.stdout(), checkMillis);
        } catch (RuntimeException ex) {
            return new BenchResult(track, file, solver, BenchStatus.ERROR, seconds, "the checker failed: " + ex);
        } catch (StackOverflowError ex) {
            return new BenchResult(track, file, solver, BenchStatus.ERROR, seconds, "answer nested too deeply to check");
        }
        BenchStatus status = switch (v.status()) {
            case SOLVED -> BenchStatus.SOLVED;
            case WRONG -> BenchStatus.WRONG;
            case GRAMMAR_VIOLATION -> BenchStatus.GRAMMAR_VIOLATION;
            case INFEASIBLE -> problem.knownInfeasible() ? BenchStatus.SOLVED : BenchStatus.UNCONFIRMED;
            case UNKNOWN -> BenchStatus.UNKNOWN;
            case ERROR -> BenchStatus.ERROR;
        };
        String detail = v.status() == SolutionChecker.Status.INFEASIBLE
                ? (problem.knownInfeasible() ? "infeasible, as listed" : "answered infeasible, but the problem is not known to be infeasible")
                : v.detail();
        return new BenchResult(track, file, solver, status, seconds, detail);
    }

    /**
     * The results of every solver on {@code problem} (one each, in any order), with each {@code infeasible} answer
     * that no list confirms ({@link BenchStatus#UNCONFIRMED}) turned into {@link BenchStatus#WRONG} when another
     * solver solved the problem: a solution proved correct refutes the claim that none exists. Call it once all the
     * results for the problem are in; {@code baselineSolver} names the solver whose results come from the recorded
     * baseline (null when there is none), for the detail. A problem listed as infeasible is left alone: there an
     * {@code infeasible} answer is already solved, and a solution that the checker proved stays solved too.
     */
    public static List<BenchResult> crossCheck(BenchProblem problem, List<BenchResult> results, String baselineSolver) {
        if (problem.knownInfeasible()) return List.copyOf(results);
        // On a problem not listed as infeasible, solved always means a solution proved correct (by our checker, or
        // "ok" in the baseline): only an infeasible answer on a listed problem is solved without one.
        List<BenchResult> checked = new ArrayList<>(results.size());
        for (BenchResult r : results) {
            if (r.status() != BenchStatus.UNCONFIRMED) {
                checked.add(r);
                continue;
            }
            List<String> solvedBy = new ArrayList<>();
            for (BenchResult other : results) {
                if (other != r && other.status() == BenchStatus.SOLVED && !other.solver().equals(r.solver())) {
                    solvedBy.add(other.solver() + (other.solver().equals(baselineSolver) ? " (recorded baseline)" : ""));
                }
            }
            if (solvedBy.isEmpty()) {
                checked.add(r);
            } else {
                checked.add(new BenchResult(r.track(), r.file(), r.solver(), BenchStatus.WRONG, r.seconds(),
                        "answered infeasible, but " + String.join(" and ", solvedBy)
                                + " solved it with a verified solution", r.effort()));
            }
        }
        return checked;
    }

    /** The result for a problem our parser rejects: an error for every solver, without running any. */
    public static BenchResult unparsed(BenchProblem problem, String solver) {
        return new BenchResult(problem.track(), problem.name(), solver, BenchStatus.ERROR, 0,
                "our parser rejects the problem: " + problem.parseError());
    }
}
