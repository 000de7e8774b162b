package org.neurocegis.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.neurocegis.nativelib.NativeLibraries;

/**
 * A solver to run, as a bash command template. The placeholders {@code {file}} (the problem's absolute path, shell
 * quoted), {@code {timeout}} (whole seconds), {@code {timeout_ms}} and {@code {memory}} (MB) are filled in for each
 * problem, and the result runs as {@code bash -c TEXT}, so a template may set limits ({@code ulimit -v}) first.
 * {@code reportsEffort}: the solver prints our {@code solve --stats} lines on stderr, read into {@link Effort}.
 */
public record SolverCommand(String name, String template, boolean reportsEffort) {
    /** A solver that reports no effort. */
    public SolverCommand(String name, String template) {
        this(name, template, false);
    }

    /** The argument vector that runs this solver on {@code file}. */
    public List<String> render(Path file, int timeoutSeconds, long memoryMb) {
        String text = template
                .replace("{file}", shellQuote(file.toAbsolutePath().toString()))
                .replace("{timeout_ms}", Long.toString(timeoutSeconds * 1000L))
                .replace("{timeout}", Integer.toString(timeoutSeconds))
                .replace("{memory}", Long.toString(memoryMb));
        return List.of("bash", "-c", text);
    }

    /**
     * Our own {@code solve --stats} command in a fresh JVM, named {@code neurocegis}, with {@code --proposer P} when
     * {@code proposer} is not null: the heap is three quarters of the memory limit.
     */
    public static SolverCommand neurocegis(Path java, Path jar, long memoryMb, String proposer) {
        return neurocegis("neurocegis", java, jar, memoryMb, proposer == null ? List.of() : List.of("--proposer", proposer));
    }

    /** Our own {@code solve --stats} command named {@code name}, with {@code solveArgs} before the file. */
    public static SolverCommand neurocegis(String name, Path java, Path jar, long memoryMb, List<String> solveArgs) {
        long heap = Math.max(64, memoryMb * 3 / 4);
        // as the launcher runs it: no perf-data file in /tmp, the start-up archive if it was made for this jar, and
        // temporary files in the per-user cache
        Path archive = jar.resolveSibling("neurocegis.jsa");
        String flags = "";
        try {
            if (Files.isRegularFile(archive) && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) > 0) {
                flags = " -XX:SharedArchiveFile=" + shellQuote(archive.toString()) + " -Xlog:cds=off -Xlog:cds+dynamic=off";
            }
        } catch (IOException e) {
            // no archive: a slower start, the same answers
        }
        Path tmp = NativeLibraries.cacheTemporaryFolder();
        if (tmp != null) flags += " -Djava.io.tmpdir=" + shellQuote(tmp.toString());
        return new SolverCommand(name, "exec " + shellQuote(java.toString()) + " -XX:-UsePerfData" + flags
                + " -Xss256m -XX:+UseParallelGC -XX:+UseTransparentHugePages -Xmx" + heap + "m -jar " + shellQuote(jar.toString()) + " solve --timeout {timeout} --stats"
                + shellWords(solveArgs) + " {file}", true);
    }

    /** {@code words}, each shell-quoted, each after a space. */
    public static String shellWords(List<String> words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) sb.append(' ').append(shellQuote(w));
        return sb.toString();
    }

    /** cvc5 on SyGuS-IF v2 input, with its own wall-clock limit and an address-space limit set by {@code ulimit -v}. */
    public static SolverCommand cvc5(String executable) {
        return new SolverCommand("cvc5", "ulimit -v $(( {memory} * 1024 )) && exec " + shellQuote(executable)
                + " --lang=sygus2 --tlimit={timeout_ms} {file}");
    }

    /** {@code s} as one word for bash. */
    public static String shellQuote(String s) {
        if (s.matches("[A-Za-z0-9_./=+:@%-]+")) return s;
        return "'" + s.replace("'", "'\\''") + "'";
    }
}
