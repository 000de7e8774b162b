package org.neurocegis.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.neurocegis.cegis.Cegis;
import org.neurocegis.cegis.Outcome;
import org.neurocegis.cegis.Stats;
import org.neurocegis.cegis.Guidance;
import org.neurocegis.invariant.InvariantEngine;
import org.neurocegis.neural.NeuralProposer;
import org.neurocegis.neural.UniformProposer;
import org.neurocegis.search.DefaultGrammar;
import org.neurocegis.search.Proposer;
import org.neurocegis.sketch.SketchSolver;
import org.neurocegis.sygus.Grammar;
import org.neurocegis.sygus.NonTerminal;
import org.neurocegis.sygus.Production;
import org.neurocegis.sygus.SynthFun;
import org.neurocegis.sygus.Problem;
import org.neurocegis.sygus.SygusPrinter;
import org.neurocegis.verify.Z3Contexts;

/**
 * {@code neurocegis solve FILE}: prints the solution in SyGuS-IF 2.1 format, {@code infeasible}, or {@code unknown}
 * (time limit, memory pressure, or a problem outside what the solver handles), always with exit code 0, as
 * competition solvers do. Bad input exits with 2.
 */
final class SolveCommand implements Command {
    /**
     * How long before the time limit the watchdog answers if the solver has not: the JVM's exit waits up to 300 ms
     * for threads in native code (a Z3 call that ignores its interrupt), and the process must end within the limit.
     */
    private static final long WATCHDOG_MARGIN_MILLIS = 350;
    /** How long before the limit the solver stops searching, to close Z3 and print its answer before the watchdog. */
    private static final long STOP_MARGIN_MILLIS = 700;
    /** The longest time --z3-constants takes before the enumerative search starts. */
    private static final long CONSTANTS_MILLIS = 5_000;
    /** How long a sketch's holes are tried by Z3 when there is no time limit. */
    private static final long SKETCH_MILLIS = 60_000;

    enum ProposerKind { uniform, neural }

    /** How our invariant learner orders its atoms: the fixed rule, or ranked by the proposer. */
    enum AtomOrder { fixed, proposer }

    @Override
    public String name() {
        return "solve";
    }

    @Override
    public String operands() {
        return "FILE";
    }

    @Override
    public String description() {
        return "Synthesise the functions of a SyGuS-IF problem (the .sl FILE) and print them (SyGuS-IF 2.1 output "
                + "format), or infeasible, or unknown.";
    }

    @Override
    public Options options() {
        return new Options()
                .addOption(Option.builder().longOpt("timeout").hasArg().argName("SECONDS")
                        .desc("time limit; at the limit the answer is unknown (default: none)").build())
                .addOption(Option.builder().longOpt("z3-timeout").hasArg().argName("MS")
                        .desc("limit for one Z3 check in milliseconds (default: 0 = none)").build())
                .addOption(Option.builder().longOpt("stats").desc("print statistics to stderr").build())
                .addOption(Option.builder("v").longOpt("verbose")
                        .desc("log each CEGIS iteration (candidate, counterexample) to stderr").build())
                .addOption(Option.builder().longOpt("seed").hasArg().argName("N")
                        .desc("seed for sampling the first examples (default: 1)").build())
                .addOption(Option.builder().longOpt("proposer").hasArg().argName("uniform|neural")
                        .desc("how the grammar's productions are weighted: uniform (enumeration by size) or by the "
                                + "learned model (default: neural)").build())
                .addOption(Option.builder().longOpt("model").hasArg().argName("FILE")
                        .desc("an ONNX model for --proposer neural instead of the shipped one").build())
                .addOption(Option.builder().longOpt("adapt")
                        .desc("online adaptation (Probe): partial solutions raise the weight of their productions "
                                + "during the search (default: off)").build())
                .addOption(Option.builder().longOpt("no-adapt").desc("no online adaptation (the default)").build())
                .addOption(Option.builder().longOpt("inv-engine").hasArg().argName("ice|spacer|portfolio")
                        .desc("for synth-inv problems: our learner, Z3's CHC engine (Spacer), or both (default: "
                                + "portfolio)").build())
                .addOption(Option.builder().longOpt("atom-ranking").hasArg().argName("fixed|proposer")
                        .desc("for synth-inv problems: our learner's atoms in a fixed order (simple first), or ranked "
                                + "by the proposer's production costs (default: "
                                + (Cegis.Options.RANK_ATOMS ? "proposer" : "fixed") + ")").build())
                .addOption(Option.builder().longOpt("z3-constants")
                        .desc("before enumerating, let Z3 pick the (Constant S) values of shallow terms (depth 1) over "
                                + "the examples (default: off, or on when the environment sets NEUROCEGIS_Z3_CONSTANTS=on)").build())
                .addOption(Option.builder().longOpt("no-z3-constants").desc("no --z3-constants").build())
                .addOption(Option.builder().longOpt("z3-holes")
                        .desc("during enumeration, let Z3 solve (op t c) for a constant c over the examples, t a term "
                                + "found so far, where the grammar has (Constant S) (default: " + (Cegis.Options.CONSTANT_HOLES ? "on" : "off")
                                + "; the environment's NEUROCEGIS_Z3_HOLES=on|off sets it)").build())
                .addOption(Option.builder().longOpt("no-z3-holes").desc("no --z3-holes").build())
                .addOption(Option.builder().longOpt("no-fallback")
                        .desc("no safety net: the guided search keeps its weights to the end instead of handing over "
                                + "to uniform weights (for measurement)").build());
    }

    @Override
    public int run(Arguments args, PrintWriter out, PrintWriter err) {
        Path file = args.operands("FILE", 1, 1).get(0);
        double timeoutSeconds = args.decimal("timeout", 0);
        int z3TimeoutMillis = (int) args.integer("z3-timeout", 0);
        boolean stats = args.flag("stats");
        boolean verbose = args.flag("verbose");
        long seed = args.integer("seed", 1);
        ProposerKind proposer = args.choice("proposer", ProposerKind.class, ProposerKind.neural);
        Path model = args.path("model");
        boolean adapt = args.flag("adapt") && !args.flag("no-adapt");
        boolean noFallback = args.flag("no-fallback");
        Boolean z3Constants = args.flag("no-z3-constants") ? Boolean.FALSE : args.flag("z3-constants") ? Boolean.TRUE : null;
        String holesEnv = System.getenv("NEUROCEGIS_Z3_HOLES");
        boolean z3Holes = args.flag("no-z3-holes") ? false : args.flag("z3-holes") ? true
                : holesEnv != null && !holesEnv.isEmpty() ? "on".equals(holesEnv) : Cegis.Options.CONSTANT_HOLES;
        InvariantEngine.Kind invEngine = args.choice("inv-engine", InvariantEngine.Kind.class, InvariantEngine.Kind.portfolio);
        boolean rankAtoms = args.choice("atom-ranking", AtomOrder.class,
                Cegis.Options.RANK_ATOMS ? AtomOrder.proposer : AtomOrder.fixed) == AtomOrder.proposer;
        if (model != null && proposer != ProposerKind.neural) {
            throw new Arguments.UsageException("--model needs --proposer neural");
        }
        if (model != null && !Files.isReadable(model)) {
            err.println("neurocegis: cannot read the model " + model);
            err.flush();
            return Main.EXIT_BAD_INPUT;
        }
        Z3Contexts.preload();
        ProblemFiles.Loaded loaded = ProblemFiles.load(file, err);
        if (loaded == null) return Main.EXIT_BAD_INPUT;
        Problem problem = loaded.problem();
        Proposer chosen = proposer == ProposerKind.uniform ? new UniformProposer() : new NeuralProposer(model, err);
        Guidance guidance = new Guidance(chosen, adapt, !noFallback,
                Guidance.DEFAULT_GUIDED_SHARE);
        long limitMillis = (long) (timeoutSeconds * 1000);
        // the limit counts from the process's start, as a runner that enforces it sees it: the JVM's start-up and the
        // parse have used part of it already
        long left = limitMillis - (Main.processStart == null ? 0 : System.currentTimeMillis() - Main.processStart);
        long timeoutMillis = limitMillis <= 0 ? 0 : Math.max(1, left - STOP_MARGIN_MILLIS);
        Watchdog watchdog = limitMillis <= 0 ? null : new Watchdog(Math.max(1, left - WATCHDOG_MARGIN_MILLIS), () -> {
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
                    verbose ? err : null, invEngine, z3Holes, rankAtoms), statistics);
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
