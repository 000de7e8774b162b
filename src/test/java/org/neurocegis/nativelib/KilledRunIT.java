package org.neurocegis.nativelib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed with SIGKILL at any moment (starting, loading Z3, searching, loading the neural proposer's runtime)
 * leaves nothing in the system's temporary folder: no libraries, no runtime folders, no perf-data file of the JVM.
 * ONNX Runtime makes an empty folder in the JVM's temporary folder while it loads, whatever it loads from; the
 * product points that folder at its per-user cache, so a run killed in that instant leaves the empty folder there.
 */
class KilledRunIT {
    private static final Path SYSTEM_TMP = Path.of("/tmp");
    /** What the runtimes' own loaders, or a JVM, would leave in the temporary folder. */
    private static final List<String> LEFTOVERS = List.of("onnxruntime-java", "turnkey", "neurocegis", "libz3", "libonnxruntime");

    @Test
    void aKilledRunLeavesNothingInTheTemporaryFolder(@TempDir Path dir) throws Exception {
        Path problem = Launch.hardProblem(dir);
        Path cache = dir.resolve("cache");
        Path perfData = SYSTEM_TMP.resolve("hsperfdata_" + System.getProperty("user.name"));
        for (long millis : new long[] {150, 400, 600, 800, 1000, 1500, 3000}) {
            Set<Path> before = entries(SYSTEM_TMP);
            ProcessBuilder pb = new ProcessBuilder(Launch.solve("--timeout", "60", problem.toString()))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
            pb.environment().put("XDG_CACHE_HOME", cache.toString());
            Process p = pb.start();
            Thread.sleep(millis);
            assertTrue(p.isAlive(), "the run ended before it was killed at " + millis + " ms");
            long pid = p.pid();
            p.destroyForcibly(); // SIGKILL; the launcher execs java, so this is the JVM itself
            p.waitFor();
            assertEquals(137, p.exitValue(), "killed by SIGKILL");
            List<Path> left = new ArrayList<>();
            for (Path e : entries(SYSTEM_TMP)) {
                String name = e.getFileName().toString();
                if (!before.contains(e) && LEFTOVERS.stream().anyMatch(name::startsWith)) left.add(e);
            }
            assertTrue(left.isEmpty(), "killed at " + millis + " ms, it left " + left + " in " + SYSTEM_TMP);
            assertFalse(Files.exists(perfData.resolve(Long.toString(pid))), "a perf-data file of the killed JVM");
        }
        // in the cache's temporary folder, at most empty folders (ONNX Runtime's), which later runs sweep
        try (Stream<Path> s = Files.walk(cache.resolve("neurocegis").resolve("tmp"))) {
            for (Path p : s.toList()) assertTrue(Files.isDirectory(p), "a file left in the cache's temporary folder: " + p);
        }
    }

    @Test
    void aBenchWithTimeoutsLeavesTheTemporaryFolderAsItFoundIt(@TempDir Path dir) throws Exception {
        Path track = Files.createDirectories(dir.resolve("problems").resolve("bv"));
        Launch.hardProblem(track);
        Files.copy(Launch.ROOT.resolve("sygus-benchmarks/neural-unseen/gray-code.sl"), track.resolve("gray-code.sl"));
        Path perfData = SYSTEM_TMP.resolve("hsperfdata_" + System.getProperty("user.name"));
        Set<Path> before = entries(SYSTEM_TMP);
        Set<Path> perfBefore = Files.isDirectory(perfData) ? entries(perfData) : Set.of();
        Launch.Result bench = Launch.run(List.of(Launch.LAUNCHER.toString(), "bench", track.getParent().toString(),
                "--timeout", "2", "--no-progress", "--out", dir.resolve("out").toString()),
                java.util.Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString()), 120);
        assertEquals(0, bench.exit(), bench.err());
        assertTrue(bench.out().contains("track bv (2 problems"), bench.out());
        List<Path> left = new ArrayList<>();
        for (Path e : entries(SYSTEM_TMP)) {
            String name = e.getFileName().toString();
            if (!before.contains(e) && LEFTOVERS.stream().anyMatch(name::startsWith)) left.add(e);
        }
        assertTrue(left.isEmpty(), "the bench left " + left);
        if (Files.isDirectory(perfData)) {
            for (Path p : entries(perfData)) {
                if (perfBefore.contains(p)) continue;
                long pid = Long.parseLong(p.getFileName().toString());
                assertTrue(ProcessHandle.of(pid).isPresent(), "a perf-data file of a solver run that ended: " + p);
            }
        }
    }

    private static Set<Path> entries(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return Set.copyOf(s.toList());
        }
    }
}
