package org.neurocegis.nativelib;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the product as users do, through the launcher of the checkout (built by mvn package before these tests). */
final class Launch {
    static final Path ROOT = Path.of("").toAbsolutePath();
    static final Path LAUNCHER = ROOT.resolve("neurocegis");
    static final Path JAR = ROOT.resolve("target").resolve("neurocegis.jar");

    private Launch() {}

    record Result(int exit, String out, String err) {}

    /** Runs the command with extra environment variables, waiting at most {@code seconds}. */
    static Result run(List<String> command, Map<String, String> env, long seconds) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().putAll(env);
        Path out = Files.createTempFile("launch-out", ".txt");
        Path err = Files.createTempFile("launch-err", ".txt");
        try {
            pb.redirectOutput(out.toFile()).redirectError(err.toFile());
            Process p = pb.start();
            if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                throw new AssertionError(command + " did not finish within " + seconds + " s");
            }
            return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    static List<String> solve(String... args) {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString(), "solve"));
        command.addAll(List.of(args));
        return command;
    }

    /**
     * A problem whose search runs until the limit: a cube, over a grammar with no multiplication (the search goes on
     * long enough to load the neural proposer's runtime too).
     */
    static Path hardProblem(Path dir) throws IOException {
        Path file = dir.resolve("cube.sl");
        Files.writeString(file, """
                (set-logic BV)
                (synth-fun f ((x (_ BitVec 32))) (_ BitVec 32)
                  ((Start (_ BitVec 32) (x #x00000001 (bvadd Start Start) (bvnot Start) (bvshl Start Start)))))
                (declare-var x (_ BitVec 32))
                (constraint (= (f x) (bvmul x (bvmul x x))))
                (check-synth)
                """);
        return file;
    }
}
