package org.neurocegis.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.neurocegis.cegis.Cegis;
import org.neurocegis.cegis.Outcome;
import org.neurocegis.cegis.Stats;
import org.neurocegis.cegis.Guidance;
import org.neurocegis.neural.NeuralProposer;
import org.neurocegis.neural.UniformProposer;
import org.neurocegis.search.Proposer;
import org.neurocegis.search.DefaultGrammar;
import org.neurocegis.sketch.SketchSolver;
import org.neurocegis.sygus.Grammar;
import org.neurocegis.sygus.NonTerminal;
import org.neurocegis.sygus.Production;
import org.neurocegis.sygus.SynthFun;
import org.neurocegis.sygus.Problem;
import org.neurocegis.sygus.SygusPrinter;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code neurocegis solve FILE}: prints the solution in SyGuS-IF 2.1 format, {@code infeasible}, or {@code unknown}
 * (time limit, memory pressure, or a problem outside what the solver handles), always with exit code 0, as
 * competition solvers do. Bad input exits with 2.
 */
@Command(name = "solve", mixinStandardHelpOptions = true,
        description = "Synthesise the functions of a SyGuS-IF problem and print them (SyGuS-IF 2.1 output format).")
final class SolveCommand implements Callable<Integer> {
    /** How long past the time limit the watchdog waits for the solver to stop by itself. */
    private static final long GRACE_MILLIS = 200;
    /** How long before the limit the solver stops searching, to close Z3 and print its answer in time. */
    private static final long STOP_MARGIN_MILLIS = 300;
    /** The longest time --z3-constants takes before the enumerative search starts. */
    private static final long CONSTANTS_MILLIS = 5_000;
    /** How long a sketch's holes are tried by Z3 when there is no time limit. */
    private static final long SKETCH_MILLIS = 60_000;

    @Parameters(paramLabel = "FILE", description = "the .sl file")
    Path file;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "time limit; at the limit the answer is unknown (default: none)")
    double timeoutSeconds;

    @Option(names = "--z3-timeout", paramLabel = "MS", description = "limit for one Z3 check in milliseconds (default: ${DEFAULT-VALUE}; 0 = none)")
    int z3TimeoutMillis = 0;

    @Option(names = "--stats", description = "print statistics to stderr")
    boolean stats;

    @Option(names = {"-v", "--verbose"}, description = "log each CEGIS iteration (candidate, counterexample) to stderr")
    boolean verbose;

    @Option(names = "--seed", description = "seed for sampling the first examples (default: ${DEFAULT-VALUE})")
    long seed = 1;

    enum ProposerKind { uniform, neural }

    @Option(names = "--proposer", paramLabel = "uniform|neural",
            description = "how the grammar's productions are weighted: uniform (enumeration by size) or by the learned model (default: ${DEFAULT-VALUE})")
    ProposerKind proposer = ProposerKind.neural;

    @Option(names = "--model", paramLabel = "FILE", description = "an ONNX model for --proposer neural instead of the shipped one")
    Path model;

    @Option(names = "--adapt", negatable = true,
            description = "online adaptation (Probe): partial solutions raise the weight of their productions during the search (default: off)")
    Boolean adapt;

    @Option(names = "--no-fallback",
            description = "no safety net: the guided search keeps its weights to the end instead of handing over to uniform weights (for measurement)")
    boolean noFallback;

    @Option(names = "--z3-constants", negatable = true,
            description = "before enumerating, let Z3 pick the (Constant S) values of shallow terms (depth 1) over the examples "
                    + "(default: off, or on when the environment sets NEUROCEGIS_Z3_CONSTANTS=on)")
    Boolean z3Constants;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (model != null && proposer != ProposerKind.neural) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--model needs --proposer neural");
        }
        ProblemFiles.Loaded loaded = ProblemFiles.load(file, err);
        if (loaded == null) return Main.EXIT_BAD_INPUT;
        Problem problem = loaded.problem();
        Proposer chosen = proposer == ProposerKind.uniform ? new UniformProposer() : new NeuralProposer(model, err);
        if (model != null && !Files.isReadable(model)) {
            err.println("neurocegis: cannot read the model " + model);
            err.flush();
            return Main.EXIT_BAD_INPUT;
        }
        Guidance guidance = new Guidance(chosen, adapt != null && adapt, !noFallback,
                Guidance.DEFAULT_GUIDED_SHARE);
        long limitMillis = (long) (timeoutSeconds * 1000);
        // the limit counts from the process's start, as a runner that enforces it sees it: the JVM's start-up and the
        // parse have used part of it already
        long left = limitMillis - (Main.processStart == null ? 0 : System.currentTimeMillis() - Main.processStart);
        long timeoutMillis = limitMillis <= 0 ? 0 : Math.max(1, left - STOP_MARGIN_MILLIS);
        Watchdog watchdog = limitMillis <= 0 ? null : new Watchdog(Math.max(1, left) + GRACE_MILLIS, () -> {
            out.println("unknown");
            out.flush();
            err.println("; time limit reached");
            err.flush();
            Runtime.getRuntime().halt(0);
        });
        if (SketchSolver.isSketch(problem)) {
            // a sketch: Z3 fills its holes first (masks and magic numbers the enumerator's constants never reach);
            // when it cannot, the enumerative search gets the rest of the time
            long budget = timeoutMillis > 0 ? Math.max(1, timeoutMillis / 2) : SKETCH_MILLIS;
            long began = System.currentTimeMillis();
            SketchSolver.Outcome o = SketchSolver.solve(problem, budget, z3TimeoutMillis > 0 ? z3TimeoutMillis : 10_000);
            if (!(o instanceof SketchSolver.Outcome.Unknown)) {
                if (watchdog != null && !watchdog.claim()) return 0;
                SketchCommand.print(o, loaded.holes(), file, out, err);
                out.flush();
                return 0;
            }
            if (verbose) err.println("; sketch: " + ((SketchSolver.Outcome.Unknown) o).why());
            // the search gets what is really left: Z3 may have run past the sketch's budget
            if (timeoutMillis > 0) timeoutMillis = Math.max(1, timeoutMillis - (System.currentTimeMillis() - began));
        }
        boolean constants = z3Constants != null ? z3Constants : "on".equals(System.getenv("NEUROCEGIS_Z3_CONSTANTS"));
        if (constants && problem.synthFuns().size() == 1 && problem.invConstraints().isEmpty()) {
            SynthFun f = problem.synthFuns().get(0);
            Grammar grammar = f.grammar().orElseGet(() -> DefaultGrammar.of(f));
            if (hasConstants(grammar)) {
                long budget = timeoutMillis > 0 ? Math.max(1, Math.min(CONSTANTS_MILLIS, timeoutMillis / 5)) : CONSTANTS_MILLIS;
                long began = System.currentTimeMillis();
                SketchSolver.Outcome o = SketchSolver.solveShallow(problem, grammar, 1, budget,
                        z3TimeoutMillis > 0 ? z3TimeoutMillis : (int) budget);
                if (o instanceof SketchSolver.Outcome.Filled filled) {
                    if (watchdog != null && !watchdog.claim()) return 0;
                    out.println(SygusPrinter.solution(List.of(filled.function())));
                    out.flush();
                    if (stats) err.println("; solved by constants from Z3 (depth 1)");
                    return 0;
                }
                if (timeoutMillis > 0) timeoutMillis = Math.max(1, timeoutMillis - (System.currentTimeMillis() - began));
            }
        }
        Stats statistics = new Stats();
        Outcome outcome;
        try {
            outcome = Cegis.solve(problem, new Cegis.Options(timeoutMillis, z3TimeoutMillis, guidance, seed,
                    verbose ? err : null), statistics);
        } catch (OutOfMemoryError ex) {
            outcome = new Outcome.Unknown("out of memory");
        } catch (NeuralProposer.ModelException ex) {
            // a model the user named that cannot be used (the shipped one falls back to uniform weights instead)
            if (watchdog != null && !watchdog.claim()) return 0;
            err.println("neurocegis: " + ex.getMessage());
            err.flush();
            return Main.EXIT_BAD_INPUT;
        }
        if (watchdog != null && !watchdog.claim()) return 0;
        if (outcome instanceof Outcome.Solved s) {
            out.println(SygusPrinter.solution(s.solutions()));
        } else if (outcome instanceof Outcome.Infeasible i) {
            out.println("infeasible");
            if (verbose) err.println("; " + i.why());
        } else {
            out.println("unknown");
            if (verbose || stats) err.println("; " + ((Outcome.Unknown) outcome).why());
        }
        out.flush();
        if (stats) {
            err.println(statistics.format());
            err.flush();
        }
        // the answer is out; a model still loading in the background must finish before the process exits
        if (chosen instanceof NeuralProposer neural) neural.awaitLoad(5_000);
        return 0;
    }

    private static boolean hasConstants(Grammar g) {
        for (NonTerminal nt : g.nonTerminals()) {
            for (Production p : nt.productions()) if (p instanceof Production.AnyConstant) return true;
        }
        return false;
    }
}
