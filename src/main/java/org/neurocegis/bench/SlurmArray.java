package org.neurocegis.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code bench --slurm}: a batch script for {@code sbatch} that runs a benchmark as a job array, task I running
 * {@code bench --shard I/N} into {@code OUT/shards/I}, with the run's time and memory limits asked of Slurm as well.
 * The nodes must see the same paths as the submitting machine (Java, the jar with its lib/ folder, the problems and
 * the output folder: a shared file system); {@code NEUROCEGIS_JAVA} and {@code NEUROCEGIS_JAR}, set where the job
 * runs, override where Java and the jar are.
 *
 * @param launcher    the command that runs {@code neurocegis} on a node (e.g. {@code java -jar JAR}), each word apart
 * @param benchArgs   the options of each shard's {@code bench} besides {@code --shard} and {@code --out}
 * @param problems    how many problems the run has (to size each task's time)
 * @param solversRun  how many solvers each problem is run with
 * @param tasksAtOnce at most this many tasks at once ({@code %K}), 0 for Slurm's choice
 * @param sbatchOptions further {@code #SBATCH} options, as given
 */
public record SlurmArray(List<String> launcher, List<String> benchArgs, Path outDir, Path workDir, int shards,
                         int problems, int solversRun, int timeoutSeconds, long memoryMb, int jobs, int tasksAtOnce,
                         String partition, String account, List<String> sbatchOptions) {
    /** What each task asks for beyond its solvers' memory: the bench JVM itself, which judges the answers with Z3. */
    public static final long BENCH_JVM_MB = 1024;
    /** Slurm's default MaxArraySize is 1001: task ids up to 1000. */
    public static final int MAX_SHARDS = 1000;

    public SlurmArray {
        launcher = List.copyOf(launcher);
        benchArgs = List.copyOf(benchArgs);
        sbatchOptions = List.copyOf(sbatchOptions);
        if (shards < 1) throw new IllegalArgumentException("at least one shard");
    }

    /** The folder of shard {@code i}'s results. */
    public static Path shardDir(Path outDir, int i) {
        return outDir.resolve("shards").resolve(Integer.toString(i));
    }

    /** The folder of the batch script and the tasks' logs. */
    public static Path slurmDir(Path outDir) {
        return outDir.resolve("slurm");
    }

    /** Memory per task, in MB: {@code jobs} solvers at their limit, and the bench JVM. */
    public long taskMemoryMb() {
        return jobs * memoryMb + BENCH_JVM_MB;
    }

    /**
     * Time per task, in minutes: the largest shard's problems, {@code jobs} at a time, each solver up to its limit,
     * the kill grace, Z3's check of the answer and a JVM start; and 5 minutes to start and write the tables.
     */
    public long taskMinutes() {
        long perShard = (problems + shards - 1) / shards;
        long rounds = (perShard + jobs - 1) / jobs;
        double perRun = timeoutSeconds + (1.0 + 0.05 * timeoutSeconds) + Math.max(10, timeoutSeconds) + 5;
        return (long) Math.ceil(rounds * solversRun * perRun / 60.0) + 5;
    }

    public String script() {
        StringBuilder sb = new StringBuilder("#!/bin/bash\n");
        sb.append("# neurocegis bench as a Slurm job array: task I runs shard I/").append(shards).append(" into ")
                .append(shardDir(outDir, 0).getParent()).append("/I;\n");
        sb.append("# merge them with: neurocegis bench --merge ").append(shardDir(outDir, 0).getParent()).append("/* --out ")
                .append(outDir).append('\n');
        option(sb, "--job-name=neurocegis-bench");
        option(sb, "--array=1-" + shards + (tasksAtOnce > 0 ? "%" + tasksAtOnce : ""));
        option(sb, "--ntasks=1");
        option(sb, "--cpus-per-task=" + jobs);
        option(sb, "--mem=" + taskMemoryMb() + "M");
        option(sb, "--time=" + taskMinutes());
        if (partition != null) option(sb, "--partition=" + partition);
        if (account != null) option(sb, "--account=" + account);
        option(sb, "--chdir=" + workDir);
        option(sb, "--output=" + slurmDir(outDir).resolve("task-%a.log"));
        for (String o : sbatchOptions) option(sb, o);
        sb.append("set -euo pipefail\n");
        StringBuilder command = new StringBuilder("exec");
        for (int i = 0; i < launcher.size(); i++) {
            String w = SolverCommand.shellQuote(launcher.get(i));
            if (i == 0) w = withDefault("NEUROCEGIS_JAVA", launcher.get(i));
            if (i > 0 && launcher.get(i - 1).equals("-jar")) w = withDefault("NEUROCEGIS_JAR", launcher.get(i));
            command.append(' ').append(w);
        }
        command.append(" bench").append(SolverCommand.shellWords(benchArgs));
        command.append(" --shard \"$SLURM_ARRAY_TASK_ID/").append(shards).append('"');
        command.append(" --out ").append(SolverCommand.shellQuote(shardDir(outDir, 0).getParent().toString()))
                .append("/\"$SLURM_ARRAY_TASK_ID\"");
        command.append(" --no-progress");
        sb.append(command).append('\n');
        return sb.toString();
    }

    private static void option(StringBuilder sb, String o) {
        sb.append("#SBATCH ").append(o).append('\n');
    }

    /** {@code "${VAR:-value}"} for bash, the value escaped for double quotes. */
    private static String withDefault(String variable, String value) {
        String v = value.replace("\\", "\\\\").replace("\"", "\\\"").replace("$", "\\$").replace("`", "\\`");
        return "\"${" + variable + ":-" + v + "}\"";
    }

    /** Submits {@code script} with {@code sbatch}; the job id, or an IOException with sbatch's message. */
    public static String submit(Path sbatch, Path script) throws IOException, InterruptedException {
        Result r = run(List.of(sbatch.toString(), "--parsable", script.toString()), 120);
        String id = r.out().strip();
        int semicolon = id.indexOf(';');
        if (semicolon >= 0) id = id.substring(0, semicolon);
        if (r.exit() != 0 || !id.matches("\\d+")) {
            throw new IOException("sbatch failed (exit " + r.exit() + "): " + (r.out() + " " + r.err()).strip());
        }
        return id;
    }

    /**
     * Waits until no task of job {@code id} is pending or running, as {@code squeue} sees it, saying on {@code err}
     * how many are left when that changes. It asks every 2 s at first, less often as the wait grows (at most every
     * 30 s), so that a short job ends soon and a long one does not load the controller.
     */
    public static void await(Path squeue, String id, PrintWriter err) throws IOException, InterruptedException {
        String last = "";
        int failures = 0;
        long start = System.nanoTime();
        while (true) {
            Result r = run(List.of(squeue.toString(), "-h", "-r", "-j", id, "-o", "%T"), 60);
            if (r.exit() != 0) {
                // Once a finished job has left the controller's memory, squeue calls its id invalid.
                if (r.err().contains("Invalid job id")) return;
                if (++failures >= 5) throw new IOException("squeue failed 5 times: " + r.err().strip());
            } else {
                failures = 0;
                List<String> states = r.out().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
                if (states.isEmpty()) return;
                long running = states.stream().filter(st -> st.equals("RUNNING")).count();
                String now = "slurm: job " + id + ": " + running + " task(s) running, " + (states.size() - running)
                        + " waiting or ending";
                if (!now.equals(last)) {
                    err.println(now);
                    err.flush();
                    last = now;
                }
            }
            long waited = (System.nanoTime() - start) / 1_000_000_000L;
            Thread.sleep(1000L * Math.min(30, 2 + waited / 20));
        }
    }

    private record Result(int exit, String out, String err) {}

    /** Runs a Slurm client command, killed after {@code limitSeconds}. */
    private static Result run(List<String> command, int limitSeconds) throws IOException, InterruptedException {
        Path out = Files.createTempFile("neurocegis-slurm", ".out");
        Path errFile = Files.createTempFile("neurocegis-slurm", ".err");
        try {
            Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(errFile.toFile()).start();
            p.getOutputStream().close();
            if (!p.waitFor(limitSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
                throw new IOException(command.get(0) + " did not answer within " + limitSeconds + " s");
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(errFile, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(errFile);
        }
    }
}
