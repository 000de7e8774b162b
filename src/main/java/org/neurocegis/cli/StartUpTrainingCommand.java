package org.neurocegis.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.cli.Options;

/**
 * The training run of the start-up archive (native/build-start-up-archive, run by {@code mvn package}): solves a few
 * typical problems in one JVM, so that the archive holds what real runs load. Hidden from the help.
 */
final class StartUpTrainingCommand implements Command {
    @Override
    public String name() {
        return "start-up-training";
    }

    @Override
    public String operands() {
        return "FILE...";
    }

    @Override
    public String description() {
        return "Solve the given problems one after the other in this JVM, printing only how each ended.";
    }

    @Override
    public boolean hidden() {
        return true;
    }

    @Override
    public Options options() {
        return new Options();
    }

    @Override
    public int run(Arguments args, PrintWriter out, PrintWriter err) {
        List<Path> files = args.operands("FILE", 1, Integer.MAX_VALUE);
        PrintWriter discard = new PrintWriter(Writer.nullWriter());
        int worst = 0;
        for (Path file : files) {
            int code = Main.run(new SolveCommand(), discard, discard, "--timeout", "20", file.toString());
            out.println(file + ": exit " + code);
            worst = Math.max(worst, code);
        }
        return worst;
    }
}
