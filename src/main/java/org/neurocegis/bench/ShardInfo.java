package org.neurocegis.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What {@code bench --merge} needs to know about a shard's run, written beside its results.csv as
 * {@value #FILE}: the shard, the limits, each solver with its version (runs of different builds or limits must
 * not be merged), the version of the checker that judged the answers, how many problems the whole run has with a
 * hash of their names in order ({@code problemList}: shards of runs over different problems must not be merged
 * either), and the position of each of this shard's problems in the whole run's order (so that the merged tables
 * come out in the order of one run over everything, and a missing shard is noticed).
 */
public record ShardInfo(Shard shard, int timeoutSeconds, long memoryMb, String checker, List<SolverInfo> solvers,
                        int problemCount, String problemList, SortedMap<Integer, String> problems) {
    public static final String FILE = "shard.properties";

    /** A solver of the run; {@code reportsEffort}: its rows have the search effort of our {@code solve --stats}. */
    public record SolverInfo(String name, String version, boolean reportsEffort) {}

    public ShardInfo {
        solvers = List.copyOf(solvers);
        problems = Collections.unmodifiableSortedMap(new TreeMap<>(problems));
    }

    public void write(Path dir) throws IOException {
        try (Writer w = Files.newBufferedWriter(dir.resolve(FILE), StandardCharsets.UTF_8)) {
            w.write("# neurocegis bench --shard: what bench --merge checks and needs\n");
            line(w, "format", "1");
            line(w, "shard", shard.toString());
            line(w, "timeout", Integer.toString(timeoutSeconds));
            line(w, "memory", Long.toString(memoryMb));
            line(w, "checker", checker);
            line(w, "solvers", Integer.toString(solvers.size()));
            for (int i = 0; i < solvers.size(); i++) {
                SolverInfo s = solvers.get(i);
                line(w, "solver." + (i + 1) + ".name", s.name());
                line(w, "solver." + (i + 1) + ".version", s.version());
                line(w, "solver." + (i + 1) + ".effort", Boolean.toString(s.reportsEffort()));
            }
            line(w, "problems", Integer.toString(problemCount));
            line(w, "problem-list", problemList);
            for (Map.Entry<Integer, String> e : problems.entrySet()) line(w, "problem." + e.getKey(), e.getValue());
        }
    }

    private static void line(Writer w, String key, String value) throws IOException {
        // Properties escapes: a backslash, and a leading blank that would otherwise be dropped.
        String v = value.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
        if (v.startsWith(" ")) v = "\\" + v;
        w.write(key + "=" + v + "\n");
    }

    /** The info of the shard in {@code dir}; an IOException naming the file and what is wrong with it. */
    public static ShardInfo read(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (NoSuchFileException ex) {
            throw new IOException(dir + ": no " + FILE + ": not the output of bench --shard (a run without --shard "
                    + "cannot be merged; run it as --shard 1/1 to merge it later)");
        }
        try {
            if (!"1".equals(p.getProperty("format"))) throw new IllegalArgumentException("unknown format " + p.getProperty("format"));
            Shard shard = Shard.parse(get(p, "shard"));
            List<SolverInfo> solvers = new ArrayList<>();
            int n = Integer.parseInt(get(p, "solvers"));
            for (int i = 1; i <= n; i++) {
                solvers.add(new SolverInfo(get(p, "solver." + i + ".name"), get(p, "solver." + i + ".version"),
                        Boolean.parseBoolean(get(p, "solver." + i + ".effort"))));
            }
            int count = Integer.parseInt(get(p, "problems"));
            SortedMap<Integer, String> problems = new TreeMap<>();
            for (String key : p.stringPropertyNames()) {
                if (!key.startsWith("problem.")) continue;
                int at = Integer.parseInt(key.substring("problem.".length()));
                if (at < 0 || at >= count) throw new IllegalArgumentException(key + " is outside the run's " + count + " problems");
                problems.put(at, p.getProperty(key));
            }
            return new ShardInfo(shard, Integer.parseInt(get(p, "timeout")), Long.parseLong(get(p, "memory")),
                    get(p, "checker"), solvers, count, get(p, "problem-list"), problems);
        } catch (IllegalArgumentException ex) {
            throw new IOException(file + ": " + ex.getMessage());
        }
    }

    private static String get(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null) throw new IllegalArgumentException("no " + key);
        return v;
    }

    /** The {@code problemList} of a run over the problems named {@code keys}, in this order. */
    public static String problemList(List<String> keys) {
        return "sha-256 " + Versions.sha256(String.join("\n", keys));
    }

    /** The solvers' names, in the order of the run's columns. */
    public List<String> solverNames() {
        return solvers.stream().map(SolverInfo::name).toList();
    }
}
