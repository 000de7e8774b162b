package org.neurocegis.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What to benchmark and how. {@code solvers} are run on every problem; {@code baseline}, when not null, gives the
 * results of one more solver, named {@code baselineSolver}, from a TSV instead of running it. {@code shard}, when not
 * null, runs only that slice of the problems and writes its {@link ShardInfo} too, with {@code solverVersions} (by
 * solver name) for {@code bench --merge} to compare; a run without it writes what it always did.
 */
public record BenchOptions(List<Path> roots, int timeoutSeconds, int jobs, long memoryMb, List<SolverCommand> solvers,
                           Baseline baseline, String baselineSolver, Path outDir, boolean progress, Shard shard,
                           Map<String, String> solverVersions) {
    public BenchOptions {
        roots = List.copyOf(roots);
        solvers = List.copyOf(solvers);
        solverVersions = Map.copyOf(solverVersions);
        if (timeoutSeconds < 1) throw new IllegalArgumentException("the time limit must be at least 1 s");
        if (jobs < 1) throw new IllegalArgumentException("--jobs must be at least 1");
        if (memoryMb < 1) throw new IllegalArgumentException("--memory must be at least 1 MB");
    }

    /** A run over every problem. */
    public BenchOptions(List<Path> roots, int timeoutSeconds, int jobs, long memoryMb, List<SolverCommand> solvers,
                        Baseline baseline, String baselineSolver, Path outDir, boolean progress) {
        this(roots, timeoutSeconds, jobs, memoryMb, solvers, baseline, baselineSolver, outDir, progress, null, Map.of());
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
