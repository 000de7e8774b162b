package org.neurocegis.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * What to benchmark and how. {@code solvers} are run on every problem; {@code baseline}, when not null, gives the
 * results of one more solver, named {@code baselineSolver}, from a TSV instead of running it.
 */
public record BenchOptions(List<Path> roots, int timeoutSeconds, int jobs, long memoryMb, List<SolverCommand> solvers,
                           Baseline baseline, String baselineSolver, Path outDir, boolean progress) {
    public BenchOptions {
        roots = List.copyOf(roots);
        solvers = List.copyOf(solvers);
        if (timeoutSeconds < 1) throw new IllegalArgumentException("the time limit must be at least 1 s");
        if (jobs < 1) throw new IllegalArgumentException("--jobs must be at least 1");
        if (memoryMb < 1) throw new IllegalArgumentException("--memory must be at least 1 MB");
    }

    /** The time after the limit before a still-running solver is killed. */
    public double graceSeconds() {
        return 1.0 + 0.05 * timeoutSeconds;
    }

    /** The time Z3 may take to prove one answer correct. */
    public int checkMillis() {
        return Math.max(10_000, timeoutSeconds * 1000);
    }
}
