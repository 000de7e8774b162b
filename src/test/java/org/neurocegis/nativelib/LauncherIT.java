package org.neurocegis.nativelib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same answers whichever way the product starts: the launcher with the JVM and start-up archive that mvn package
 * chose and the libraries in native/, the launcher without the archive, and the jar on its own with the JDK that runs
 * Maven (no archive, no native/: the libraries come from a per-user cache, unpacked by the first run and reused by
 * the next).
 */
class LauncherIT {
    /** An easy problem, and one that needs a search of some thousand terms. */
    private static final List<Path> PROBLEMS = List.of(Path.of("sygus-benchmarks", "golden-lia", "max2.sl"),
            Path.of("sygus-benchmarks", "neural-unseen", "gray-code.sl"));

    @Test
    void sameAnswersWithAndWithoutTheArchiveAndTheUnpackedLibraries(@TempDir Path dir) throws Exception {
        assertTrue(Files.isDirectory(Launch.ROOT.resolve("native")), "mvn package unpacks the libraries into native/");
        // mvn package records the JVM and its start-up archive (JDK 25's AOT cache, or JDK 17's AppCDS archive)
        List<String> jvm = Files.readAllLines(Launch.ROOT.resolve("target").resolve("neurocegis.jvm"));
        String archive = jvm.stream().filter(o -> o.startsWith("-XX:AOTCache=") || o.startsWith("-XX:SharedArchiveFile="))
                .findFirst().orElseThrow(() -> new AssertionError("no start-up archive in " + jvm));
        assertTrue(Files.isRegularFile(Path.of(archive.substring(archive.indexOf('=') + 1))), archive);
        // and the same JVM without it (AOT caches are switched off by AOTMode, class sharing by -Xshare)
        String withoutArchive = archive.startsWith("-XX:AOTCache=") ? "-XX:AOTMode=off" : "-Xshare:off";
        // the jar on its own: a copy with its lib/ and nothing else, and a cache of its own
        Path app = Files.createDirectories(dir.resolve("app"));
        Files.copy(Launch.JAR, app.resolve("neurocegis.jar"));
        Path lib = Files.createDirectories(app.resolve("lib"));
        try (Stream<Path> jars = Files.list(Launch.JAR.resolveSibling("lib"))) {
            for (Path j : jars.toList()) Files.copy(j, lib.resolve(j.getFileName()));
        }
        Path cache = dir.resolve("cache");
        Map<String, String> ownCache = Map.of("XDG_CACHE_HOME", cache.toString());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        for (Path problem : PROBLEMS) {
            String file = Launch.ROOT.resolve(problem).toString();
            Launch.Result usual = Launch.run(Launch.solve("--stats", file), Map.of(), 120);
            assertEquals(0, usual.exit(), usual.err());
            assertTrue(usual.out().startsWith("(\n(define-fun"), usual.out());
            Launch.Result noSharing = Launch.run(Launch.solve(file), Map.of("NEUROCEGIS_JAVA_OPTS", withoutArchive), 120);
            assertEquals(usual.out(), noSharing.out(), "without the start-up archive; stderr: " + noSharing.err());
            Launch.Result alone = Launch.run(List.of(java, "-jar", app.resolve("neurocegis.jar").toString(), "solve",
                    "--stats", file), ownCache, 120);
            assertEquals(usual.out(), alone.out(), "the jar on its own; stderr: " + alone.err());
        }
        // a search long enough to load the neural proposer's runtime, from the cache, with the jar on its own
        Launch.Result neural = Launch.run(List.of(java, "-jar", app.resolve("neurocegis.jar").toString(), "solve",
                "--timeout", "4", "--stats", Launch.hardProblem(dir).toString()), ownCache, 120);
        assertEquals("unknown", neural.out().strip(), neural.err());
        assertTrue(neural.err().matches("(?s).*proposer load time +\\d+\\.\\d*[1-9]\\d* s.*"),
                "the neural proposer's runtime was not loaded: " + neural.err());
        // the jar's runs (two problems) unpacked each runtime once into the cache, and nothing else is there
        try (Stream<Path> entries = Files.list(cache.resolve("neurocegis"))) {
            List<String> names = entries.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(2, names.size(), names.toString());
            assertTrue(names.get(0).startsWith("onnxruntime-"), names.toString());
            assertTrue(names.get(1).startsWith("z3-"), names.toString());
        }
    }

    @Test
    void theLauncherOutputIsPlainText() throws IOException, InterruptedException {
        Launch.Result help = Launch.run(List.of(Launch.LAUNCHER.toString(), "--help"), Map.of(), 60);
        assertEquals(0, help.exit());
        assertTrue(!help.out().contains("\u001b") && !help.err().contains("\u001b"), "escape codes: " + help.out() + help.err());
    }
}
