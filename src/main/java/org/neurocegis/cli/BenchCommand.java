package org.neurocegis.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.neurocegis.bench.Baseline;
import org.neurocegis.bench.BenchOptions;
import org.neurocegis.bench.BenchRunner;
import org.neurocegis.bench.ProposerConfig;
import org.neurocegis.bench.SolverCommand;

/** {@code neurocegis bench DIR...}: run whole tracks, side by side with cvc5, and report tables, CSV and plots. */
final class BenchCommand implements Command {
    enum Proposer { uniform, neural }

    /** Where to look for cvc5 (the PATH; tests replace it). */
    String searchPath = System.getenv("PATH");

    // the options of this run, set by run()
    private int timeout;
    private int jobs;
    private long memory;
    private Proposer proposer;
    private String solverCommand;

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
                + "the first's.";
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
                                + "NAME[:adapt|:noadapt][:nofallback][:model=PATH] (NAME: uniform or neural; passed to "
                                + "solve as --proposer NAME, --no-adapt, --no-fallback, --model PATH), each its own "
                                + "solver neurocegis[ITEM]; with two or more, effort.csv and a table compare each with "
                                + "the first").build())
                .addOption(Option.builder().longOpt("no-progress").desc("no progress bar on stderr").build())
                // for tests: run this bash command instead of our solve ({file} shell-quoted, {timeout} in s,
                // {timeout_ms}, {memory} in MB, {proposer_args}); its stderr is read for solve --stats lines
                .addOption(Option.builder().longOpt("solver-command").hasArg().argName("TEMPLATE").build())
                // for tests: run this bash command as cvc5 for --vs cvc5
                .addOption(Option.builder().longOpt("cvc5-command").hasArg().argName("TEMPLATE").build());
    }

    @Override
    public int run(Arguments args, PrintWriter stdout, PrintWriter err) throws IOException, InterruptedException {
        List<Path> roots = args.operands("DIR", 1, Integer.MAX_VALUE);
        timeout = (int) args.integer("timeout", 30);
        jobs = (int) args.integer("jobs", 1);
        memory = args.integer("memory", 4096);
        String vs = args.text("vs", null);
        Path baseline = args.path("baseline");
        Path out = args.path("out");
        if (out == null) out = Path.of("bench-results");
        proposer = args.choice("proposer", Proposer.class, null);
        String proposers = args.text("proposers", null);
        boolean noProgress = args.flag("no-progress");
        solverCommand = args.text("solver-command", null);
        String cvc5Command = args.text("cvc5-command", null);
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
                if (cvc5 == null) {
                    err.println("neurocegis bench: --vs cvc5: cvc5 is not on the PATH. Install it (on Debian/Ubuntu: "
                            + "'apt-get install cvc5'), or compare with recorded results via --baseline FILE.tsv");
                    return Main.EXIT_BAD_INPUT;
                }
                solvers.add(SolverCommand.cvc5(cvc5.toString()));
            }
        }

        BenchOptions options = new BenchOptions(roots, timeout, jobs, memory, solvers, base, "cvc5", out, !noProgress);
        BenchRunner.Report report;
        try {
            report = new BenchRunner(options, err, System.err).run();
        } catch (IOException ex) {
            err.println("neurocegis bench: " + ex.getMessage());
            return Main.EXIT_BAD_INPUT;
        }
        stdout.print(report.markdown());
        stdout.flush();
        long plots = report.files().stream().filter(f -> f.toString().endsWith(".png")).count();
        err.println("bench: wrote " + report.files().stream().filter(f -> f.toString().endsWith(".csv"))
                .map(Path::toString).collect(java.util.stream.Collectors.joining(", "))
                + " and " + plots + " cactus plot(s) in " + out);
        err.flush();
        return 0;
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
