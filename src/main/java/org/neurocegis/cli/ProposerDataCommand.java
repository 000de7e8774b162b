package org.neurocegis.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.neurocegis.neural.TrainingData;

/** Training data for the neural proposer (used by scripts/train-proposer; hidden from the help). */
final class ProposerDataCommand implements Command {
    @Override
    public String name() {
        return "proposer-data";
    }

    @Override
    public String operands() {
        return "PATH...";
    }

    @Override
    public String description() {
        return "Generate training data for the neural proposer from the grammars of the given .sl files or folders.";
    }

    @Override
    public boolean hidden() {
        return true;
    }

    @Override
    public Options options() {
        return new Options()
                .addOption(Option.builder().longOpt("out").hasArg().argName("DIR").required().desc("output folder").build())
                .addOption(Option.builder().longOpt("seed").hasArg().argName("N").desc("random seed (default: 1)").build());
    }

    @Override
    public int run(Arguments args, PrintWriter out, PrintWriter err) throws IOException {
        List<Path> paths = args.operands("PATH", 0, Integer.MAX_VALUE);
        Path outDir = args.path("out");
        long seed = args.integer("seed", 1);
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(x -> x.toString().endsWith(".sl")).sorted().forEach(files::add);
                }
            } else {
                files.add(p);
            }
        }
        long start = System.nanoTime();
        int n = TrainingData.generate(files, outDir, seed);
        err.printf("%d samples from %d files and the default grammars in %.1f s%n", n, files.size(),
                (System.nanoTime() - start) / 1e9);
        err.flush();
        return 0;
    }
}
