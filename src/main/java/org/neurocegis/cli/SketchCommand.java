package org.neurocegis.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.neurocegis.sexpr.ParseException;
import org.neurocegis.sketch.Desugar;
import org.neurocegis.sketch.SketchSolver;
import org.neurocegis.sygus.SygusPrinter;

/**
 * {@code neurocegis sketch FILE}: fills the holes of a sketch (standard SyGuS-IF, or the {@code (?? S)} notation) and
 * prints the filled function with one comment line per hole, {@code infeasible} (the reason on stderr), or
 * {@code unknown}.
 */
final class SketchCommand implements Command {
    @Override
    public String name() {
        return "sketch";
    }

    @Override
    public String operands() {
        return "FILE";
    }

    @Override
    public String description() {
        return "Fill the holes of a sketch: a synth-fun whose start symbol has one production, or a define-fun with "
                + "(?? S), (?? S :one-of (e1 ... en)) or (?? S :expr k) holes.";
    }

    @Override
    public Options options() {
        return new Options()
                .addOption(Option.builder().longOpt("emit-sygus")
                        .desc("print the sketch desugared to standard SyGuS-IF and stop").build())
                .addOption(Option.builder().longOpt("timeout").hasArg().argName("SECONDS")
                        .desc("time limit (default: 60)").build())
                .addOption(Option.builder().longOpt("z3-timeout").hasArg().argName("MS")
                        .desc("limit for one Z3 check in milliseconds (default: 10000)").build());
    }

    @Override
    public int run(Arguments args, PrintWriter out, PrintWriter err) {
        Path file = args.operands("FILE", 1, 1).get(0);
        boolean emitSygus = args.flag("emit-sygus");
        double timeoutSeconds = args.decimal("timeout", 60);
        int z3TimeoutMillis = (int) args.integer("z3-timeout", 10_000);
        try {
            if (emitSygus) {
                String text = ProblemFiles.readText(file, err);
                if (text == null) return Main.EXIT_BAD_INPUT;
                try {
                    out.print(Desugar.desugar(text).sygus());
                } catch (ParseException ex) {
                    err.println(file + ":" + ex.position() + ": " + ex.detail());
                    return Main.EXIT_BAD_INPUT;
                }
                return 0;
            }
            ProblemFiles.Loaded loaded = ProblemFiles.load(file, err);
            if (loaded == null) return Main.EXIT_BAD_INPUT;
            if (!SketchSolver.isSketch(loaded.problem())) {
                err.println(file + ": not a sketch: expected one synth-fun whose start symbol has a single production, or (??) holes");
                return Main.EXIT_BAD_INPUT;
            }
            SketchSolver.Outcome o = SketchSolver.solve(loaded.problem(), (long) (timeoutSeconds * 1000), z3TimeoutMillis);
            print(o, loaded.holes(), file, out, err);
            return 0;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Prints an outcome as solve does: the filled function and a comment per hole, infeasible or unknown. */
    static void print(SketchSolver.Outcome o, List<Desugar.Hole> holes, Path file, PrintWriter out, PrintWriter err) {
        if (o instanceof SketchSolver.Outcome.Filled f) {
            out.println(SygusPrinter.solution(List.of(f.function())));
            for (int i = 0; i < f.holes().size(); i++) {
                SketchSolver.HoleValue h = f.holes().get(i);
                Desugar.Hole written = null;
                for (Desugar.Hole d : holes) if (d.nonTerminal().equals(h.nonTerminal())) written = d;
                out.println(written != null
                        ? "; hole " + written.text() + " at " + file + ":" + written.position() + " = " + h.value()
                        : "; hole " + (i + 1) + " of the start production (" + h.nonTerminal() + ") = " + h.value());
            }
        } else if (o instanceof SketchSolver.Outcome.Infeasible i) {
            out.println("infeasible");
            err.println("; " + i.why());
        } else {
            out.println("unknown");
            err.println("; " + ((SketchSolver.Outcome.Unknown) o).why());
        }
    }
}
