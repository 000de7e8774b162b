package org.neurocegis.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.neurocegis.sygus.Problem;
import org.neurocegis.sygus.SygusPrinter;
import org.neurocegis.sygus.SynthFun;

/** {@code neurocegis parse FILE}: parse and sort-check a problem, then summarise it. */
final class ParseCommand implements Command {
    @Override
    public String name() {
        return "parse";
    }

    @Override
    public String operands() {
        return "FILE";
    }

    @Override
    public String description() {
        return "Parse and sort-check a SyGuS-IF file and print a one-line summary (or the error, as file:line:col).";
    }

    @Override
    public Options options() {
        return new Options().addOption(Option.builder().longOpt("print")
                .desc("print the problem back in SyGuS-IF 2.1 syntax instead of the summary").build());
    }

    @Override
    public int run(Arguments args, PrintWriter out, PrintWriter err) {
        Path file = args.operands("FILE", 1, 1).get(0);
        Problem problem = ProblemFiles.read(file, err);
        if (problem == null) return Main.EXIT_BAD_INPUT;
        out.println(args.flag("print") ? SygusPrinter.print(problem) : summary(file, problem));
        out.flush();
        return 0;
    }

    static String summary(Path file, Problem p) {
        StringBuilder sb = new StringBuilder();
        sb.append(file.getFileName()).append(": logic ").append(p.logic() == null ? "(none)" : p.logic());
        for (SynthFun f : p.synthFuns()) {
            sb.append("; ").append(f.invariant() ? "synth-inv " : "synth-fun ").append(f.name())
                    .append(" (").append(f.params().size()).append(f.params().size() == 1 ? " param" : " params")
                    .append(") -> ").append(f.returnSort()).append(", ");
            if (f.grammar().isPresent()) {
                int nts = f.grammar().get().nonTerminals().size();
                sb.append("grammar of ").append(nts).append(nts == 1 ? " non-terminal, " : " non-terminals, ")
                        .append(f.grammar().get().productionCount()).append(" productions");
            } else {
                sb.append("no grammar");
            }
        }
        sb.append("; ").append(p.variables().size()).append(p.variables().size() == 1 ? " variable, " : " variables, ")
                .append(p.constraints().size()).append(p.constraints().size() == 1 ? " constraint, " : " constraints, ")
                .append(p.assumes().size()).append(p.assumes().size() == 1 ? " assume, " : " assumes, ")
                .append(p.invConstraints().size()).append(p.invConstraints().size() == 1 ? " inv-constraint" : " inv-constraints");
        return sb.toString();
    }
}
