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
        // as the launcher runs it: the JVM and options that mvn package chose (native/build-start-up-archive) when
        // they were written for this jar, and temporary files in the per-user cache
        StringBuilder jvm = new StringBuilder("exec");
        for (String word : jvmCommand(java, jar)) jvm.append(' ').append(shellQuote(word));
        Path tmp = NativeLibraries.cacheTemporaryFolder();
        if (tmp != null) jvm.append(" -Djava.io.tmpdir=").append(shellQuote(tmp.toString()));
        return new SolverCommand(name, jvm + " -Xmx" + heap + "m -jar " + shellQuote(jar.toString())
                + " solve --timeout {timeout} --stats" + shellWords(solveArgs) + " {file}", true);
    }

    /**
     * The java executable and its options from {@code neurocegis.jvm} beside the jar (its first line the executable,
     * then one option per line), when that file is newer than the jar and its executable exists; else {@code java}
     * with the options that matter without it (no perf-data file left in /tmp, a deep stack), as the launcher does.
     */
    static List<String> jvmCommand(Path java, Path jar) {
        Path conf = jar.resolveSibling("neurocegis.jvm");
        try {
            if (Files.isRegularFile(conf) && Files.getLastModifiedTime(conf).compareTo(Files.getLastModifiedTime(jar)) > 0) {
                List<String> lines = Files.readAllLines(conf).stream().filter(l -> !l.isEmpty()).toList();
                if (!lines.isEmpty() && Files.isExecutable(Path.of(lines.get(0)))) return lines;
            }
        } catch (IOException e) {
            // no choice recorded: the plain command below, a slower start, the same answers
        }
        return List.of(java.toString(), "-XX:-UsePerfData", "-Xss256m");
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
