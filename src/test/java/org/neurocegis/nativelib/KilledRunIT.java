package org.neurocegis.nativelib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed with SIGKILL at any moment (starting, loading Z3, searching, loading the neural proposer's runtime)
 * leaves nothing in the temporary folder, and neither does a bench whose runs hit their time limit. Each runs with a
 * private {@code /tmp} (a folder of the test bound there in a mount namespace of its own), so that what other
 * programs on the machine write there cannot be mistaken for ours; where no mount namespace can be made (not root),
 * the tests are skipped.
 */
class KilledRunIT {
    @BeforeAll
    static void mountNamespaces(@TempDir Path dir) throws Exception {
        assumeTrue(!Launch.ROOT.startsWith(Path.of("/tmp")), "the checkout is under /tmp, which the runs see replaced");
        Launch.Result probe = Launch.run(withPrivateTmp(dir, List.of("true")), Map.of(), 30);
        assumeTrue(probe.exit() == 0, "no private /tmp here (unshare --mount needs root): " + probe.err());
    }

    /** The command with {@code dir} as its /tmp. */
    private static List<String> withPrivateTmp(Path dir, List<String> command) {
        List<String> all = new ArrayList<>(List.of("unshare", "--mount", "--propagation", "private", "sh", "-c",
                "d=$1; shift; mount --bind \"$d\" /tmp && exec \"$@\"", "sh", dir.toString()));
        all.addAll(command);
        return all;
    }

    /** Files for the runs, outside /tmp (which the runs see replaced): in target/, removed after each test. */
    private Path dir;

    @BeforeEach
    void workFolder() throws IOException {
        dir = Files.createTempDirectory(Files.createDirectories(Launch.ROOT.resolve("target")), "killed-run-it-");
    }

    @AfterEach
    void removeWorkFolder() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    @Test
    void aKilledRunLeavesNothingInTheTemporaryFolder() throws Exception {
        Path problem = Launch.hardProblem(dir);
        Path cache = dir.resolve("cache");
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        for (long millis : new long[] {150, 400, 600, 800, 1000, 1500, 3000}) {
            ProcessBuilder pb = new ProcessBuilder(withPrivateTmp(tmp, Launch.solve("--timeout", "60", problem.toString())))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
            pb.environment().put("XDG_CACHE_HOME", cache.toString());
            Process p = pb.start();
            Thread.sleep(millis);
            assertTrue(p.isAlive(), "the run ended before it was killed at " + millis + " ms");
            p.destroyForcibly(); // SIGKILL; unshare, sh and the launcher exec, so this is the JVM itself
            p.waitFor();
            assertEquals(137, p.exitValue(), "killed by SIGKILL");
            assertEquals(List.of(), entries(tmp), "killed at " + millis + " ms, it left files in /tmp");
        }
        // ONNX Runtime makes an empty folder in the JVM's temporary folder while it loads, whatever it loads from; the
        // launcher points that at the per-user cache, where a run killed in that instant leaves at most that folder
        try (Stream<Path> s = Files.walk(cache.resolve("neurocegis").resolve("tmp"))) {
            for (Path p : s.toList()) assertTrue(Files.isDirectory(p), "a file left in the cache's temporary folder: " + p);
        }
    }

    @Test
    void aBenchWithTimeoutsLeavesTheTemporaryFolderAsItFoundIt() throws Exception {
        Path track = Files.createDirectories(dir.resolve("problems").resolve("bv"));
        Launch.hardProblem(track);
        Files.copy(Launch.ROOT.resolve("sygus-benchmarks/neural-unseen/gray-code.sl"), track.resolve("gray-code.sl"));
        Path tmp = Files.createDirectories(dir.resolve("tmp"));
        Launch.Result bench = Launch.run(withPrivateTmp(tmp, List.of(Launch.LAUNCHER.toString(), "bench",
                track.getParent().toString(), "--timeout", "2", "--no-progress", "--out", dir.resolve("out").toString())),
                Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString()), 120);
        assertEquals(0, bench.exit(), bench.err());
        assertTrue(bench.out().contains("track bv (2 problems"), bench.out());
        assertEquals(List.of(), entries(tmp), "the bench left files in /tmp");
    }

    private static List<Path> entries(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }
}
