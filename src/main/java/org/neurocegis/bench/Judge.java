package org.neurocegis.bench;

import org.neurocegis.verify.SolutionChecker;

/** Turns a solver's run into a status, judging the printed answer with {@link SolutionChecker}. */
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

    /** The result for a problem our parser rejects: an error for every solver, without running any. */
    public static BenchResult unparsed(BenchProblem problem, String solver) {
        return new BenchResult(problem.track(), problem.name(), solver, BenchStatus.ERROR, 0,
                "our parser rejects the problem: " + problem.parseError());
    }
}
