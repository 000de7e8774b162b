package org.neurocegis.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.neurocegis.bench.Baseline;
import org.neurocegis.bench.BenchOptions;
import org.neurocegis.bench.BenchReport;
import org.neurocegis.bench.BenchRunner;
import org.neurocegis.bench.ProblemSet;
import org.neurocegis.bench.ProposerConfig;
import org.neurocegis.bench.Shard;
import org.neurocegis.bench.ShardInfo;
import org.neurocegis.bench.ShardMerge;
import org.neurocegis.bench.SlurmArray;
import org.neurocegis.bench.SolverCommand;
import org.neurocegis.bench.Versions;

/** {@code neurocegis bench DIR...}: run whole tracks, side by side with cvc5, and report tables, CSV and plots. */
final class BenchCommand implements Command {
    enum Proposer { uniform, neural }

    /** Options that only --slurm takes. */
    private static final List<String> SLURM_ONLY = List.of("shards", "partition", "account", "tasks-at-once",
            "sbatch-option", "no-wait", "print");

    // this run's arguments, set by run()
    private List<Path> roots;
    private int timeout;
    private int jobs;
    private long memory;
    private String vs;
    private Path baseline;
    private Path out;
    private Proposer proposer;
    private String proposers;
    private boolean noProgress;
    private String shard;
    private boolean merge;
    private boolean slurm;
    private Integer shards;
    private String partition;
    private String account;
    private Integer tasksAtOnce;
    private List<String> sbatchOptions;
    private boolean noWait;
    private boolean print;
    private String solverCommand;
    private String cvc5Command;
    private List<String> given;
    private PrintWriter stdout;

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String operands() {
        return "DIR...";
    }

    @Override
    public String description() {
        return "Run the solver on every .sl file under the given folders (searched recursively; single files too; the "
                + "track of a problem is the name of its folder), each in its own process under time and memory "
                + "limits, optionally beside cvc5. Every answer is checked by the verifier. Prints a Markdown table per "
                + "track and writes results.csv, summary.csv and cactus plots (PNG) into the output folder; with "
                + "--proposers A,B,..., also effort.csv and a table of each configuration's search effort against "
                + "the first's. On a cluster: --shard I/N runs one slice of the problems, --merge DIR... puts the "
                + "slices' results back together, and --slurm runs every slice as a task of a Slurm job array and "
                + "merges them.";
    }

    @Override
    public Options options() {
        return new Options()
                .addOption(Option.builder().longOpt("timeout").hasArg().argName("S")
                        .desc("time limit per problem and solver, in seconds (default: 30)").build())
                .addOption(Option.builder().longOpt("jobs").hasArg().argName("N")
                        .desc("problems run at once (default: 1); keep 1 for timings worth comparing").build())
                .addOption(Option.builder().longOpt("memory").hasArg().argName("MB")
                        .desc("memory limit per solver process, in MB (default: 4096)").build())
                .addOption(Option.builder().longOpt("vs").hasArg().argName("SOLVER")
                        .desc("also run this solver on the same problems with the same limits (only cvc5)").build())
                .addOption(Option.builder().longOpt("baseline").hasArg().argName("FILE.tsv")
                        .desc("take cvc5's results from this TSV (track, file, status, seconds), as in "
                                + "shared/sygus/cvc5-baseline.tsv, instead of running it").build())
                .addOption(Option.builder().longOpt("out").hasArg().argName("DIR")
                        .desc("folder for the CSV files, plots and solver logs (default: bench-results)").build())
                .addOption(Option.builder().longOpt("proposer").hasArg().argName("P")
                        .desc("the proposer our solver uses, passed on to solve: uniform, neural").build())
                .addOption(Option.builder().longOpt("proposers").hasArg().argName("LIST")
                        .desc("compare configurations of our solver in one run: a comma-separated list of "
                                + "NAME[:adapt|:noadapt][:nofallback][:model=PATH][:inv=ENGINE][:atoms=ORDER][:holes|:noholes] "
                                + "(NAME: uniform or neural; passed to solve as --proposer NAME, --no-adapt, --no-fallback, "
                                + "--model PATH, --inv-engine ENGINE, --atom-ranking ORDER, --z3-holes or --no-z3-holes), each its own "
                                + "solver neurocegis[ITEM]; with two or more, effort.csv and a table compare each with "
                                + "the first").build())
                .addOption(Option.builder().longOpt("no-progress").desc("no progress bar on stderr").build())
                .addOption(Option.builder().longOpt("shard").hasArg().argName("I/N")
                        .desc("run only the I-th of N slices of the problems (the sorted problem names dealt out in "
                                + "turn), and write shard.properties for --merge beside the results").build())
                .addOption(Option.builder().longOpt("merge")
                        .desc("the DIRs are the output folders of the shards of one run (bench --shard): check that "
                                + "they belong together and are complete, and write the tables, CSV files and plots of "
                                + "the whole run into --out, as one run over every problem would").build())
                .addOption(Option.builder().longOpt("slurm")
                        .desc("run the benchmark as a Slurm job array (sbatch), one task per shard, each writing into "
                                + "OUT/shards/I; wait for it and merge the shards into OUT. The nodes must see the same "
                                + "Java, jar (with its lib/ folder), problems and OUT paths (see the README)").build())
                .addOption(Option.builder().longOpt("shards").hasArg().argName("N")
                        .desc("with --slurm: the number of shards, i.e. array tasks (default: one per problem, at most "
                                + SlurmArray.MAX_SHARDS + ")").build())
                .addOption(Option.builder().longOpt("partition").hasArg().argName("P")
                        .desc("with --slurm: the Slurm partition").build())
                .addOption(Option.builder().longOpt("account").hasArg().argName("A")
                        .desc("with --slurm: the Slurm account").build())
                .addOption(Option.builder().longOpt("tasks-at-once").hasArg().argName("K")
                        .desc("with --slurm: at most K tasks of the array at once").build())
                .addOption(Option.builder().longOpt("sbatch-option").hasArg().argName("OPT")
                        .desc("with --slurm: one more #SBATCH option, e.g. --qos=long (repeatable)").build())
                .addOption(Option.builder().longOpt("no-wait")
                        .desc("with --slurm: submit, print the job id and the command that merges the shards, and return").build())
                .addOption(Option.builder().longOpt("print")
                        .desc("with --slurm: print the batch script and submit nothing").build())
                // for tests: run this bash command instead of our solve ({file} shell-quoted, {timeout} in s,
                // {timeout_ms}, {memory} in MB, {proposer_args}); its stderr is read for solve --stats lines
                .addOption(Option.builder().longOpt("solver-command").hasArg().argName("TEMPLATE").build())
                // for tests: run this bash command as cvc5 for --vs cvc5
                .addOption(Option.builder().longOpt("cvc5-command").hasArg().argName("TEMPLATE").build());
    }

    /** Where to look for cvc5, sbatch and squeue (the PATH; tests replace it). */
    String searchPath = System.getenv("PATH");

    @Override
    public int run(Arguments args, PrintWriter stdout, PrintWriter err) throws IOException, InterruptedException {
        this.stdout = stdout;
        roots = args.operands("DIR", 1, Integer.MAX_VALUE);
        timeout = (int) args.integer("timeout", 30);
        jobs = (int) args.integer("jobs", 1);
        memory = args.integer("memory", 4096);
        vs = args.text("vs", null);
        baseline = args.path("baseline");
        out = args.path("out");
        if (out == null) out = Path.of("bench-results");
        proposer = args.choice("proposer", Proposer.class, null);
        proposers = args.text("proposers", null);
        noProgress = args.flag("no-progress");
        shard = args.text("shard", null);
        merge = args.flag("merge");
        slurm = args.flag("slurm");
        shards = args.flag("shards") ? (int) args.integer("shards", 0) : null;
        partition = args.text("partition", null);
        account = args.text("account", null);
        tasksAtOnce = args.flag("tasks-at-once") ? (int) args.integer("tasks-at-once", 0) : null;
        sbatchOptions = args.texts("sbatch-option");
        noWait = args.flag("no-wait");
        print = args.flag("print");
        solverCommand = args.text("solver-command", null);
        cvc5Command = args.text("cvc5-command", null);
        given = args.given();
        if (merge) return merge(err);
        String misplaced = slurmOnlyOption();
        if (!slurm && misplaced != null) {
            err.println("neurocegis bench: " + misplaced + " goes with --slurm");
            return Main.EXIT_BAD_INPUT;
        }
        Shard slice = null;
        if (shard != null) {
            if (slurm) {
                err.println("neurocegis bench: give --shard or --slurm, not both (--slurm runs every shard)");
                return Main.EXIT_BAD_INPUT;
            }
            try {
                slice = Shard.parse(shard);
            } catch (IllegalArgumentException ex) {
                err.println("neurocegis bench: --shard " + ex.getMessage());
                return Main.EXIT_BAD_INPUT;
            }
        }
        if ((shards != null && shards < 1) || (tasksAtOnce != null && tasksAtOnce < 1)) {
            err.println("neurocegis bench: --shards and --tasks-at-once must be positive");
            return Main.EXIT_BAD_INPUT;
        }
        List<ProposerConfig> configs = null;
        if (proposers != null) {
            if (proposer != null) {
                err.println("neurocegis bench: give --proposer or --proposers, not both");
                return Main.EXIT_BAD_INPUT;
            }
            try {
                configs = ProposerConfig.parseList(proposers);
            } catch (IllegalArgumentException ex) {
                err.println("neurocegis bench: --proposers: " + ex.getMessage());
                return Main.EXIT_BAD_INPUT;
            }
        }
        if (timeout < 1 || jobs < 1 || memory < 1) {
            err.println("neurocegis bench: --timeout, --jobs and --memory must be positive");
            return Main.EXIT_BAD_INPUT;
        }
        if (vs != null && !vs.equals("cvc5")) {
            err.println("neurocegis bench: --vs " + vs + ": only cvc5 is supported");
            return Main.EXIT_BAD_INPUT;
        }
        for (Path r : roots) {
            if (!Files.exists(r)) {
                err.println("neurocegis bench: " + r + ": no such file or folder");
                return Main.EXIT_BAD_INPUT;
            }
        }

        List<SolverCommand> solvers = new ArrayList<>();
        Path jar = null;
        if (solverCommand == null) {
            jar = findJar();
            if (jar == null) {
                err.println("neurocegis bench: cannot find target/neurocegis.jar to run solve; build it with "
                        + "'mvn -q -B -DskipTests package' (or use ./neurocegis)");
                return Main.EXIT_BAD_INPUT;
            }
        }
        solvers.addAll(ourSolvers(configs, jar));

        Baseline base = null;
        if (baseline != null) {
            try {
                base = Baseline.read(baseline);
            } catch (IOException ex) {
                err.println("neurocegis bench: " + (ex instanceof java.nio.file.NoSuchFileException ? baseline + ": no such file" : ex.getMessage()));
                return Main.EXIT_BAD_INPUT;
            }
        } else if ("cvc5".equals(vs)) {
            if (cvc5Command != null) {
                solvers.add(new SolverCommand("cvc5", cvc5Command));
            } else {
                Path cvc5 = onPath("cvc5", searchPath);
                if (cvc5 == null && slurm) {
                    // It runs on the nodes, whose PATH the shards check.
                    solvers.add(SolverCommand.cvc5("cvc5"));
                } else if (cvc5 == null) {
                    err.println("neurocegis bench: --vs cvc5: cvc5 is not on the PATH. Install it (on Debian/Ubuntu: "
                            + "'apt-get install cvc5'), or compare with recorded results via --baseline FILE.tsv");
                    return Main.EXIT_BAD_INPUT;
                } else {
                    solvers.add(SolverCommand.cvc5(cvc5.toString()));
                }
            }
        }

        if (slurm) return slurm(err, solvers.size());

        Map<String, String> versions = slice == null ? Map.of() : versions(solvers, jar, base);
        BenchOptions options = new BenchOptions(roots, timeout, jobs, memory, solvers, base, "cvc5", out, !noProgress,
                slice, versions);
        BenchReport report;
        try {
            report = new BenchRunner(options, err, System.err).run();
        } catch (IOException ex) {
            err.println("neurocegis bench: " + ex.getMessage());
            return Main.EXIT_BAD_INPUT;
        }
        print(report, err);
        return 0;
    }

    private void print(BenchReport report, PrintWriter err) {
        stdout.print(report.markdown());
        stdout.flush();
        long plots = report.files().stream().filter(f -> f.toString().endsWith(".png")).count();
        err.println("bench: wrote " + report.files().stream().filter(f -> f.toString().endsWith(".csv"))
                .map(Path::toString).collect(java.util.stream.Collectors.joining(", "))
                + " and " + plots + " cactus plot(s) in " + out);
        err.flush();
    }

    /** The first option given that only --slurm takes, or null. */
    private String slurmOnlyOption() {
        for (String o : SLURM_ONLY) if (given.contains(o)) return "--" + o;
        return null;
    }

    /** {@code --merge}: the DIRs are shard folders; their merged tables go to --out. */
    private int merge(PrintWriter err) throws IOException {
        for (String o : given) {
            if (!List.of("merge", "out", "no-progress").contains(o)) {
                err.println("neurocegis bench: --merge takes only --out: the limits and solvers are the shards' own (--"
                        + o + " given)");
                return Main.EXIT_BAD_INPUT;
            }
        }
        ShardMerge.Merged merged;
        try {
            merged = ShardMerge.merge(roots);
        } catch (IOException ex) {
            err.println("neurocegis bench: --merge: " + ex.getMessage());
            return Main.EXIT_BAD_INPUT;
        }
        BenchReport report = BenchReport.write(out, merged.results(), merged.solvers(), merged.effortConfigs(),
                merged.timeoutSeconds(), err);
        err.println("bench: merged " + roots.size() + " shard(s)");
        print(report, err);
        return 0;
    }

    /** {@code --slurm}: writes the batch script, submits it, waits and merges (or prints it, or returns at once). */
    private int slurm(PrintWriter err, int solversRun) throws IOException, InterruptedException {
        int problems = Shard.keys(ProblemSet.find(roots)).size();
        if (problems == 0) {
            err.println("neurocegis bench: no .sl files under " + roots);
            return Main.EXIT_BAD_INPUT;
        }
        int n = shards != null ? shards : Math.min(problems, SlurmArray.MAX_SHARDS);
        Path outDir = out.toAbsolutePath().normalize();
        Path workDir = Path.of("").toAbsolutePath();
        for (Path p : List.of(outDir, workDir)) {
            if (p.toString().matches(".*[\\s\"'].*")) {
                err.println("neurocegis bench: --slurm: " + p + ": #SBATCH lines cannot hold a path with blanks or quotes; "
                        + "choose another " + (p == outDir ? "--out" : "working folder"));
                return Main.EXIT_BAD_INPUT;
            }
        }
        SlurmArray array = new SlurmArray(launcher(), shardArgs(), outDir, workDir, n, problems,
                solversRun, timeout, memory, jobs, tasksAtOnce == null ? 0 : tasksAtOnce, partition, account, sbatchOptions);
        if (print) {
            stdout.print(array.script());
            stdout.flush();
            return 0;
        }
        Path sbatch = onPath("sbatch", searchPath);
        Path squeue = onPath("squeue", searchPath);
        if (sbatch == null || squeue == null) {
            err.println("neurocegis bench: --slurm: sbatch and squeue are not on the PATH: run this on a machine that "
                    + "submits Slurm jobs (--print shows the batch script)");
            return Main.EXIT_BAD_INPUT;
        }
        Path shardsDir = SlurmArray.shardDir(outDir, 1).getParent();
        if (Files.isDirectory(shardsDir)) {
            try (var entries = Files.list(shardsDir)) {
                if (entries.findAny().isPresent()) {
                    err.println("neurocegis bench: --slurm: " + shardsDir + " holds an earlier run's shards; remove it or "
                            + "choose another --out");
                    return Main.EXIT_BAD_INPUT;
                }
            }
        }
        Path slurmDir = SlurmArray.slurmDir(outDir);
        Files.createDirectories(slurmDir);
        Files.createDirectories(shardsDir);
        Path script = slurmDir.resolve("bench.sbatch");
        Files.writeString(script, array.script());
        String id;
        try {
            id = SlurmArray.submit(sbatch, script);
        } catch (IOException ex) {
            err.println("neurocegis bench: --slurm: " + ex.getMessage());
            return 1;
        }
        List<Path> dirs = new ArrayList<>();
        for (int i = 1; i <= n; i++) dirs.add(SlurmArray.shardDir(outDir, i));
        String mergeCommand = "neurocegis bench --merge " + SolverCommand.shellQuote(shardsDir.toString()) + "/* --out "
                + SolverCommand.shellQuote(outDir.toString());
        err.println("bench: submitted Slurm job " + id + " (" + n + " task(s), script " + script + ", logs in " + slurmDir + ")");
        if (noWait) {
            stdout.println(id);
            stdout.flush();
            err.println("bench: when it has finished: " + mergeCommand);
            err.flush();
            return 0;
        }
        SlurmArray.await(squeue, id, err);
        ShardMerge.Merged merged;
        try {
            // A task that failed left no shard.properties: the merge then names the missing shards.
            List<Path> done = dirs.stream().filter(d -> Files.isRegularFile(d.resolve(ShardInfo.FILE))).toList();
            if (done.isEmpty()) throw new IOException("none of its " + n + " task(s) wrote its results");
            merged = ShardMerge.merge(done);
        } catch (IOException ex) {
            err.println("neurocegis bench: Slurm job " + id + " has ended, but its shards cannot be merged: "
                    + ex.getMessage() + "; see the task logs in " + slurmDir);
            return 1;
        }
        BenchReport report = BenchReport.write(out, merged.results(), merged.solvers(), merged.effortConfigs(),
                merged.timeoutSeconds(), err);
        err.println("bench: merged the " + n + " shard(s) of Slurm job " + id);
        print(report, err);
        return 0;
    }

    /** How a node runs neurocegis: this jar, or (from the build's classes, as in tests) this JVM's class path. */
    static List<String> launcher() {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        try {
            Path here = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(here) && here.toString().endsWith(".jar")) return List.of(java, "-jar", here.toString());
        } catch (URISyntaxException | RuntimeException ex) {
            // Fall back to the class path.
        }
        List<String> cp = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!e.isEmpty()) cp.add(Path.of(e).toAbsolutePath().toString());
        }
        return List.of(java, "-cp", String.join(File.pathSeparator, cp), Main.class.getName());
    }

    /** The options each shard's bench runs with (the folders and files as absolute paths). */
    private List<String> shardArgs() {
        List<String> a = new ArrayList<>();
        for (Path r : roots) a.add(r.toAbsolutePath().normalize().toString());
        a.addAll(List.of("--timeout", Integer.toString(timeout), "--memory", Long.toString(memory), "--jobs", Integer.toString(jobs)));
        if (vs != null) a.addAll(List.of("--vs", vs));
        if (baseline != null) a.addAll(List.of("--baseline", baseline.toAbsolutePath().normalize().toString()));
        if (proposer != null) a.addAll(List.of("--proposer", proposer.name()));
        if (proposers != null) a.addAll(List.of("--proposers", proposers));
        if (solverCommand != null) a.addAll(List.of("--solver-command", solverCommand));
        if (cvc5Command != null) a.addAll(List.of("--cvc5-command", cvc5Command));
        return a;
    }

    /** Each solver's version, for a shard's {@link ShardInfo}. */
    private Map<String, String> versions(List<SolverCommand> solvers, Path jar, Baseline base) {
        Map<String, String> v = new HashMap<>();
        String ours = jar == null ? null : Versions.jar(jar);
        for (SolverCommand s : solvers) {
            if (s.name().equals("cvc5")) {
                Path cvc5 = onPath("cvc5", searchPath);
                v.put(s.name(), cvc5Command != null || cvc5 == null ? Versions.command(s.template()) : Versions.ofExecutable(cvc5));
            } else {
                v.put(s.name(), ours != null ? ours : Versions.command(s.template()));
            }
        }
        if (base != null) v.put("cvc5", Versions.baseline(baseline));
        return v;
    }

    /**
     * Our solver's columns: one per configuration of {@code --proposers} (named {@code neurocegis[ITEM]}), else one
     * named {@code neurocegis} (with {@code --proposer P} when given). {@code jar} is null with {@code --solver-command}.
     */
    List<SolverCommand> ourSolvers(List<ProposerConfig> configs, Path jar) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<SolverCommand> ours = new ArrayList<>();
        if (configs == null) {
            List<String> args = proposer == null ? List.of() : List.of("--proposer", proposer.name());
            ours.add(jar == null ? testCommand("neurocegis", args) : SolverCommand.neurocegis("neurocegis", java, jar, memory, args));
            return ours;
        }
        for (ProposerConfig c : configs) {
            ours.add(jar == null ? testCommand(c.solverName(), c.solveArgs())
                    : SolverCommand.neurocegis(c.solverName(), java, jar, memory, c.solveArgs()));
        }
        return ours;
    }

    private SolverCommand testCommand(String name, List<String> args) {
        return new SolverCommand(name, solverCommand.replace("{proposer_args}", SolverCommand.shellWords(args).strip()), true);
    }

    /** The running jar, or target/neurocegis.jar beside the classes folder or under the working folder. */
    static Path findJar() {
        try {
            Path here = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(here) && here.toString().endsWith(".jar")) return here;
            if (Files.isDirectory(here) && here.getParent() != null) {
                Path beside = here.getParent().resolve("neurocegis.jar");
                if (Files.isRegularFile(beside)) return beside;
            }
        } catch (URISyntaxException | RuntimeException ex) {
            // Fall through to the working folder.
        }
        Path local = Path.of("target", "neurocegis.jar").toAbsolutePath();
        return Files.isRegularFile(local) ? local : null;
    }

    static Path onPath(String program, String path) {
        if (path == null) return null;
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) continue;
            Path p = Path.of(dir, program);
            if (Files.isRegularFile(p) && Files.isExecutable(p)) return p;
        }
        return null;
    }
}
