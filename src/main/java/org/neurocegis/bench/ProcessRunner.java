package org.neurocegis.bench;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.neurocegis.nativelib.ProcessExit;

/**
 * Runs one solver process under a wall-clock limit and a memory limit, with its output in files. When the time runs
 * out (after a grace period) or the process tree's resident memory passes the limit, the whole tree is killed:
 * descendants first, then the process itself, so that a shell wrapper's children do not survive it.
 */
public final class ProcessRunner {
    /** How much output is read back; an answer longer than this is an error. */
    static final long MAX_OUTPUT_BYTES = 64L << 20;
    private static final long POLL_MILLIS = 100;
    private static final long MEMORY_CHECK_MILLIS = 250;

    /** What one run did. {@code seconds} is wall time from start to exit (or to the kill). */
    public record Outcome(int exitCode, double seconds, boolean timedOut, boolean memoryExceeded, String stdout,
                          boolean outputTooLarge, String stderrLine) {}

    private final Set<Process> live = ConcurrentHashMap.newKeySet();
    private final Thread reaper = new Thread(this::killAll, "bench-reaper");

    /** Registers a shutdown hook that kills whatever is still running (e.g. on Ctrl-C); call {@link #close()} after. */
    public ProcessRunner() {
        ProcessExit.hooksNeeded();
        Runtime.getRuntime().addShutdownHook(reaper);
    }

    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(reaper);
        } catch (IllegalStateException ex) {
            // Already shutting down: the hook runs.
        }
        killAll();
    }

    private void killAll() {
        for (Process p : live) killTree(p.toHandle());
    }

    /**
     * Runs {@code command} with stdin from /dev/null, stdout to {@code stdoutFile} and stderr to {@code stderrFile}.
     * The process is killed {@code graceSeconds} after {@code timeoutSeconds}; {@code memoryMb} <= 0 means no limit.
     */
    public Outcome run(List<String> command, Path stdoutFile, Path stderrFile, double timeoutSeconds,
                       double graceSeconds, long memoryMb) throws IOException {
        Files.createDirectories(stdoutFile.toAbsolutePath().getParent());
        Files.createDirectories(stderrFile.toAbsolutePath().getParent());
        ProcessBuilder pb = new ProcessBuilder(command)
                .redirectOutput(stdoutFile.toFile())
                .redirectError(stderrFile.toFile());
        File devNull = new File("/dev/null");
        if (devNull.exists()) pb.redirectInput(ProcessBuilder.Redirect.from(devNull));
        long start = System.nanoTime();
        Process process = pb.start();
        live.add(process);
        if (!devNull.exists()) process.getOutputStream().close();
        long killAt = start + (long) ((timeoutSeconds + graceSeconds) * 1e9);
        long nextMemoryCheck = start + MEMORY_CHECK_MILLIS * 1_000_000L;
        boolean timedOut = false;
        boolean memoryExceeded = false;
        long end;
        try {
            while (true) {
                long now = System.nanoTime();
                long waitMillis = Math.max(1, Math.min(POLL_MILLIS, (killAt - now) / 1_000_000L));
                if (process.waitFor(waitMillis, TimeUnit.MILLISECONDS)) {
                    end = System.nanoTime();
                    break;
                }
                now = System.nanoTime();
                if (now >= killAt) {
                    timedOut = true;
                } else if (memoryMb > 0 && now >= nextMemoryCheck) {
                    nextMemoryCheck = now + MEMORY_CHECK_MILLIS * 1_000_000L;
                    memoryExceeded = residentMb(process.toHandle()) > memoryMb;
                }
                if (timedOut || memoryExceeded) {
                    end = System.nanoTime();
                    killTree(process.toHandle());
                    process.waitFor(10, TimeUnit.SECONDS);
                    break;
                }
            }
        } catch (InterruptedException ex) {
            killTree(process.toHandle());
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", ex);
        } finally {
            live.remove(process);
        }
        int exit = process.isAlive() ? -1 : process.exitValue();
        double seconds = (end - start) / 1e9;
        boolean tooLarge = Files.size(stdoutFile) > MAX_OUTPUT_BYTES;
        String stdout = tooLarge ? "" : Files.readString(stdoutFile, StandardCharsets.UTF_8);
        return new Outcome(exit, seconds, timedOut, memoryExceeded, stdout, tooLarge, firstTellingLine(stderrFile));
    }

    /** Kills {@code root} and everything it started: descendants first (in rounds, for ones forked meanwhile). */
    public static void killTree(ProcessHandle root) {
        for (int round = 0; round < 5; round++) {
            List<ProcessHandle> descendants = root.descendants().toList();
            if (descendants.isEmpty()) break;
            descendants.forEach(ProcessHandle::destroyForcibly);
        }
        root.destroyForcibly();
    }

    /** The resident memory of {@code root} and its descendants in MB, from /proc (0 where that cannot be read). */
    static long residentMb(ProcessHandle root) {
        List<ProcessHandle> all = new ArrayList<>();
        all.add(root);
        root.descendants().forEach(all::add);
        long kb = 0;
        for (ProcessHandle h : all) {
            Path status = Path.of("/proc", Long.toString(h.pid()), "status");
            try {
                for (String line : Files.readAllLines(status, StandardCharsets.ISO_8859_1)) {
                    if (line.startsWith("VmRSS:")) {
                        kb += Long.parseLong(line.replaceAll("[^0-9]", ""));
                        break;
                    }
                }
            } catch (IOException | RuntimeException ex) {
                // Gone meanwhile, or not Linux.
            }
        }
        return kb / 1024;
    }

    /** JVM chatter that says nothing about why a solver failed. */
    private static final java.util.regex.Pattern NOISE = java.util.regex.Pattern.compile(
            "^(WARNING\\b|Picked up |OpenJDK .* warning:|Java HotSpot.* warning:).*");

    /**
     * The line of a file (its last 64 KiB) that best says what went wrong: the first non-blank line that is not JVM
     * chatter (an exception, cvc5's {@code (error ...)}, a usage complaint), else the last non-blank one.
     */
    static String firstTellingLine(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            long size = Files.size(file);
            long skip = Math.max(0, size - 65536);
            in.skipNBytes(skip);
            String tail = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String[] lines = tail.split("\\R");
            for (String line : lines) {
                if (!line.isBlank() && !NOISE.matcher(line.strip()).matches()) return line.strip();
            }
            for (int i = lines.length - 1; i >= 0; i--) if (!lines[i].isBlank()) return lines[i].strip();
        } catch (IOException ex) {
            // No stderr to report.
        }
        return "";
    }
}
