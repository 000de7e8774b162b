package org.neurocegis.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.neurocegis.neural.TrainingData;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Training data for the neural proposer (used by scripts/train-proposer; hidden from the help). */
@Command(name = "proposer-data", hidden = true, mixinStandardHelpOptions = true,
        description = "Generate training data for the neural proposer from the grammars of the given .sl files or folders.")
final class ProposerDataCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", description = "problem files or folders (searched for .sl files)")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder")
    Path out;

    @Option(names = "--seed", paramLabel = "N", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed = 1;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
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
        int n = TrainingData.generate(files, out, seed);
        PrintWriter err = spec.commandLine().getErr();
        err.printf("%d samples from %d files and the default grammars in %.1f s%n", n, files.size(),
                (System.nanoTime() - start) / 1e9);
        err.flush();
        return 0;
    }
}
