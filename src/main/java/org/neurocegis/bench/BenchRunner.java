package org.neurocegis.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Runs a benchmark: finds and parses the problems, runs every solver on every problem (each in its own process,
 * {@code jobs} at a time), judges the answers, and writes results.csv, summary.csv (and effort.csv when it compares
 * several configurations of our solver) and the cactus plots into the output folder. One solver's crash, hang or blow-up on one problem is recorded as that problem's status and the
 * run goes on.
 */
public final class BenchRunner {
    /** Thread stacks for parsing and checking: deeply nested problems and answers need more than the default. */
    private static final long STACK_BYTES = 256L << 20;

    private final BenchOptions options;
    private final PrintWriter err;
    private final PrintStream progressStream;

    /** Warnings go to {@code err}; the progress bar (when on) to {@code progressStream}. */
    public BenchRunner(BenchOptions options, PrintWriter err, PrintStream progressStream) {
        this.options = options;
        this.err = err;
        this.progressStream = progressStream;
    }

    public BenchReport run() throws IOException, InterruptedException {
        List<Path> files = ProblemSet.find(options.roots());
        if (files.isEmpty()) throw new IOException("no .sl files under " + options.roots());
        List<String> allKeys = Shard.keys(files);
        if (options.shard() != null) files = options.shard().select(files);
        ExecutorService pool = Executors.newFixedThreadPool(options.jobs(), bigStackThreads());
        ProcessRunner runner = new ProcessRunner();
        try {
            List<BenchProblem> problems = dropDuplicates(parseAll(pool, files));
            err.flush();
            List<String> solvers = new ArrayList<>();
            for (SolverCommand s : options.solvers()) solvers.add(s.name());
            if (options.baseline() != null) solvers.add(options.baselineSolver());

            Map<String, BenchResult> results = new HashMap<>();
            List<Future<BenchResult>> pending = new ArrayList<>();
            int toRun = 0;
            for (BenchProblem p : problems) if (p.problem() != null) toRun += options.solvers().size();
            try (ProgressBar bar = progressBar(toRun)) {
                Map<String, AtomicInteger> solvedCount = new LinkedHashMap<>();
                for (SolverCommand s : options.solvers()) solvedCount.put(s.name(), new AtomicInteger());
                for (BenchProblem p : problems) {
                    for (SolverCommand s : options.solvers()) {
                        if (p.problem() == null) {
                            put(results, Judge.unparsed(p, s.name()));
                            continue;
                        }
                        pending.add(pool.submit(() -> {
                            BenchResult r;
                            try {
                                r = runOne(runner, p, s);
                            } catch (RuntimeException | Error ex) {
                                // E.g. the in-process checker running out of memory: this problem only.
                                r = new BenchResult(p.track(), p.name(), s.name(), BenchStatus.ERROR, 0,
                                        "the benchmark runner failed on this problem: " + ex);
                            }
                            if (r.status() == BenchStatus.SOLVED) solvedCount.get(s.name()).incrementAndGet();
                            if (bar != null) {
                                synchronized (bar) {
                                    bar.setExtraMessage(message(solvedCount));
                                    bar.step();
                                }
                            }
                            return r;
                        }));
                    }
                    if (options.baseline() != null) {
                        put(results, p.problem() == null ? Judge.unparsed(p, options.baselineSolver())
                                : options.baseline().result(p, options.baselineSolver(), options.timeoutSeconds()));
                    }
                }
                for (Future<BenchResult> f : pending) {
                    try {
                        put(results, f.get());
                    } catch (ExecutionException ex) {
                        throw new IOException("benchmark task failed: " + ex.getCause(), ex.getCause());
                    }
                }
            }
            if (options.baseline() != null) {
                long missing = problems.stream().filter(p -> p.problem() != null && !options.baseline().has(p)).count();
                if (missing > 0) {
                    err.println("bench: " + missing + " problem(s) have no row in the baseline; counted as unknown for "
                            + options.baselineSolver());
                }
            }

            // Every solver has run on every problem: an infeasible answer can now be judged against the others'.
            String baselineSolver = options.baseline() == null ? null : options.baselineSolver();
            List<BenchResult> ordered = new ArrayList<>();
            for (BenchProblem p : problems) {
                List<BenchResult> ofProblem = new ArrayList<>();
                for (String s : solvers) {
                    BenchResult r = results.get(p.key() + "\u0000" + s);
                    if (r != null) ofProblem.add(r);
                }
                ordered.addAll(Judge.crossCheck(p, ofProblem, baselineSolver));
            }
            List<String> configs = new ArrayList<>();
            for (SolverCommand s : options.solvers()) if (s.reportsEffort()) configs.add(s.name());
            BenchReport report = BenchReport.write(options.outDir(), ordered, solvers, configs, options.timeoutSeconds(), err);
            if (options.shard() != null) shardInfo(allKeys, problems).write(options.outDir());
            return report;
        } finally {
            pool.shutdownNow();
            runner.close();
        }
    }

    private static void put(Map<String, BenchResult> results, BenchResult r) {
        results.put(r.key() + "\u0000" + r.solver(), r);
    }

    private static String message(Map<String, AtomicInteger> solved) {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, AtomicInteger> e : solved.entrySet()) {
            if (sb.length() > 0) sb.append(", ");
            sb.append(e.getKey()).append(' ').append(e.getValue().get()).append(" solved");
        }
        return sb.toString();
    }

    private ProgressBar progressBar(int max) {
        if (!options.progress() || max == 0) return null;
        return new ProgressBarBuilder().setTaskName("bench").setInitialMax(max).setStyle(ProgressBarStyle.ASCII)
                .setConsumer(new ConsoleProgressBarConsumer(progressStream)).setUpdateIntervalMillis(500).build();
    }

    private List<BenchProblem> parseAll(ExecutorService pool, List<Path> files) throws InterruptedException, IOException {
        List<Future<BenchProblem>> futures = new ArrayList<>();
        for (Path f : files) futures.add(pool.submit(() -> ProblemSet.load(f)));
        List<BenchProblem> problems = new ArrayList<>();
        for (Future<BenchProblem> f : futures) {
            try {
                problems.add(f.get());
            } catch (ExecutionException ex) {
                throw new IOException("reading problems failed: " + ex.getCause(), ex.getCause());
            }
        }
        long unparsed = problems.stream().filter(p -> p.problem() == null).count();
        if (unparsed > 0) {
            err.println("bench: our parser rejects " + unparsed + " of " + problems.size()
                    + " problem(s); they count as errors for every solver:");
            for (BenchProblem p : problems) {
                if (p.problem() == null) err.println("  " + p.key() + ": " + p.parseError());
            }
        }
        return problems;
    }

    /**
     * The problems with one file per {@code track/name} (the first found): results are keyed by that name, so a second
     * file of the same name would be run for nothing and its row written, and counted, twice.
     */
    private List<BenchProblem> dropDuplicates(List<BenchProblem> problems) {
        Map<String, BenchProblem> first = new LinkedHashMap<>();
        for (BenchProblem p : problems) {
            BenchProblem kept = first.putIfAbsent(p.key(), p);
            if (kept != null) {
                err.println("bench: warning: " + kept.file() + " and " + p.file() + " are both " + p.key()
                        + "; only the first is run and reported");
            }
        }
        return new ArrayList<>(first.values());
    }

    /** Runs one solver on one problem; never throws for the solver's own failures. */
    private BenchResult runOne(ProcessRunner runner, BenchProblem p, SolverCommand s) {
        Path logs = options.outDir().resolve("logs").resolve(safe(s.name())).resolve(safe(p.track()));
        Path out = logs.resolve(p.name() + ".out");
        Path errFile = logs.resolve(p.name() + ".err");
        ProcessRunner.Outcome o;
        try {
            o = runner.run(s.render(p.file(), options.timeoutSeconds(), options.memoryMb()), out, errFile,
                    options.timeoutSeconds(), options.graceSeconds(), options.memoryMb());
        } catch (IOException ex) {
            return new BenchResult(p.track(), p.name(), s.name(), BenchStatus.ERROR, 0,
                    "could not run the solver: " + ex.getMessage());
        }
        BenchResult r = Judge.judge(p, s.name(), o, options.timeoutSeconds(), options.memoryMb(), options.checkMillis());
        return s.reportsEffort() ? r.withEffort(Effort.read(errFile)) : r;
    }

    /** This shard's {@link ShardInfo}: {@code allKeys} are the names of every problem of the run, in the run's order. */
    private ShardInfo shardInfo(List<String> allKeys, List<BenchProblem> problems) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < allKeys.size(); i++) position.put(allKeys.get(i), i);
        SortedMap<Integer, String> mine = new TreeMap<>();
        for (BenchProblem p : problems) mine.put(position.get(p.key()), p.key());
        List<ShardInfo.SolverInfo> infos = new ArrayList<>();
        for (SolverCommand s : options.solvers()) {
            infos.add(new ShardInfo.SolverInfo(s.name(), options.solverVersions().getOrDefault(s.name(), "unknown"), s.reportsEffort()));
        }
        if (options.baseline() != null) {
            infos.add(new ShardInfo.SolverInfo(options.baselineSolver(),
                    options.solverVersions().getOrDefault(options.baselineSolver(), "unknown"), false));
        }
        return new ShardInfo(options.shard(), options.timeoutSeconds(), options.memoryMb(), Versions.checker(), infos,
                allKeys.size(), ShardInfo.problemList(allKeys), mine);
    }

    static String safe(String name) {
        String s = name.replaceAll("[^A-Za-z0-9._+-]", "_");
        return s.isEmpty() || s.startsWith(".") ? "_" + s : s;
    }

    private static ThreadFactory bigStackThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(null, r, "bench-" + n.incrementAndGet(), STACK_BYTES);
            t.setDaemon(true);
            return t;
        };
    }
}
