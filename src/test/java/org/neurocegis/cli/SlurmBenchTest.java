package org.neurocegis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.neurocegis.bench.BenchResult;
import org.neurocegis.bench.ResultFiles;


/**
 * {@code bench --slurm} on a real Slurm: {@code scripts/slurm-single-node} starts munged, slurmctld and slurmd for
 * this machine alone (Debian's slurm-wlm and munge), the bench runs our real solver on a few problems of
 * {@code sygus-benchmarks/} as a job array of three shards, waits and merges; the merged results must give each
 * problem the status a local run gives it. Skipped, saying why, where Slurm is not installed or does not start.
 */
class SlurmBenchTest {
    private static final Path SCRIPT = Path.of("scripts", "slurm-single-node");
    /** Quick to solve (or refused by our parser), so that the time limit decides none of them. */
    private static final List<String> PROBLEMS = List.of("golden-lia/max2.sl", "golden-lia/plus-two-infeasible.sl",
            "golden-bv/and-not.sl", "golden-inv/counter.sl", "golden-errors/wrong-sort.sl");

    @TempDir
    Path tmp;

    /** Our solver from this build's classes, as bench runs it from the jar. */
    private static String solverCommand(String java, String classPath) {
        return "exec " + java + " -Xss256m -Xmx768m -cp '" + classPath + "' " + Main.class.getName()
                + " solve --timeout {timeout} --stats {proposer_args} {file}";
    }

    private static List<String> rows(Path dir) throws Exception {
        List<String> rows = new ArrayList<>();
        for (BenchResult r : ResultFiles.readResults(dir.resolve(ResultFiles.RESULTS))) {
            rows.add(r.solver() + " " + r.key() + " " + r.status().label());
        }
        return rows;
    }

    @Test
    @Timeout(480)
    void slurmJobArrayGivesTheStatusesOfALocalRun() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/bash")) && Files.isRegularFile(SCRIPT),
                "needs bash and " + SCRIPT);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> !e.isEmpty()).map(e -> Path.of(e).toAbsolutePath().toString())
                .reduce((a, b) -> a + File.pathSeparator + b).orElseThrow();
        Assumptions.assumeFalse(classPath.contains("'"), "a class path without quotes");
        String solver = solverCommand(java, classPath);
        List<String> files = PROBLEMS.stream().map(p -> Path.of("sygus-benchmarks", p).toAbsolutePath().toString()).toList();

        List<String> args = new ArrayList<>(List.of("bench"));
        args.addAll(files);
        args.addAll(List.of("--timeout", "30", "--memory", "1024", "--solver-command", solver, "--no-progress"));
        // On Slurm first (where it cannot start, the test ends here): a fresh JVM that submits, waits and merges,
        // inside the single-node cluster.
        Path cluster = Files.createDirectories(tmp.resolve("cluster"));
        Path slurm = tmp.resolve("slurm");
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString(), "--limit", "300", "--", java, "-cp",
                classPath, Main.class.getName()));
        command.addAll(args);
        command.addAll(List.of("--slurm", "--shards", "3", "--out", slurm.toString()));
        Path out = tmp.resolve("slurm.out");
        Path err = tmp.resolve("slurm.err");
        ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("TMPDIR", cluster.toString());
        Process p = pb.start();
        try {
            p.getOutputStream().close();
            if (!p.waitFor(360, TimeUnit.SECONDS)) throw new AssertionError("bench --slurm did not end within 360 s: " + Files.readString(err));
        } finally {
            if (p.isAlive()) {
                p.destroy(); // SIGTERM: the script cancels the jobs and stops the daemons
                if (!p.waitFor(30, TimeUnit.SECONDS)) p.destroyForcibly().waitFor();
            }
        }
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        Assumptions.assumeTrue(p.exitValue() != 77, () -> "Slurm cannot run on this machine; skipped: " + stderr.strip());
        assertEquals(0, p.exitValue(), () -> stderr + taskLogs(slurm));
        try (Stream<Path> left = Files.list(cluster)) {
            assertEquals(List.of(), left.toList(), "the cluster's folder should be gone");
        }

        assertTrue(stderr.contains("submitted Slurm job") && stderr.contains("merged the 3 shard(s)"), stderr);
        for (int i = 1; i <= 3; i++) {
            assertTrue(Files.isRegularFile(slurm.resolve("shards/" + i + "/shard.properties")), "shard " + i);
        }
        // The same problems in a local run, in this JVM.
        Path local = tmp.resolve("local");
        List<String> localArgs = new ArrayList<>(args);
        localArgs.addAll(List.of("--out", local.toString()));
        StringWriter localErr = new StringWriter();
        assertEquals(0, Main.run(new PrintWriter(new StringWriter(), true), new PrintWriter(localErr, true),
                localArgs.toArray(String[]::new)), localErr.toString());

        List<String> expected = rows(local);
        assertEquals(PROBLEMS.size(), expected.size());
        assertEquals(expected, rows(slurm));
        assertTrue(expected.stream().filter(r -> r.endsWith(" solved")).count() >= 3, expected.toString());
        assertEquals(Files.readString(local.resolve("summary.csv")).lines().map(SlurmBenchTest::countsOnly).toList(),
                Files.readString(slurm.resolve("summary.csv")).lines().map(SlurmBenchTest::countsOnly).toList());
    }

    /** The array tasks' logs, to say why a shard failed. */
    private static String taskLogs(Path out) {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> logs = Files.list(out.resolve("slurm"))) {
            for (Path log : logs.filter(f -> f.getFileName().toString().startsWith("task-")).sorted().toList()) {
                sb.append("\n--- ").append(log.getFileName()).append(":\n").append(Files.readString(log));
            }
        } catch (java.io.IOException ex) {
            sb.append("\n(no task logs: ").append(ex.getMessage()).append(')');
        }
        return sb.toString();
    }

    /** A summary.csv row without its time columns (the last three). */
    private static String countsOnly(String csvLine) {
        String[] c = csvLine.split(",", -1);
        return String.join(",", List.of(c).subList(0, c.length - 3));
    }
}
