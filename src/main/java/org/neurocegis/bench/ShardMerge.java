package org.neurocegis.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code bench --merge}: the results of the shards of one run, put back in the order of one run over every problem.
 * It refuses shards that do not belong together (different limits, solvers, solver or checker versions, slicing, or
 * problems), a shard given twice, a missing shard, and a shard whose results.csv lacks a row it should have.
 * The answers were judged, and {@code infeasible} claims checked against the other solvers, inside each shard: every
 * solver of a problem runs in the same shard, so nothing is judged again here.
 */
public final class ShardMerge {
    /** The merged run: its limits and solvers as the shards recorded them, and every result in the run's order. */
    public record Merged(ShardInfo first, List<BenchResult> results) {
        public int timeoutSeconds() {
            return first.timeoutSeconds();
        }

        public List<String> solvers() {
            return first.solverNames();
        }

        /** The solvers whose rows have search effort (our solver's configurations). */
        public List<String> effortConfigs() {
            return first.solvers().stream().filter(ShardInfo.SolverInfo::reportsEffort).map(ShardInfo.SolverInfo::name).toList();
        }
    }

    private ShardMerge() {}

    /** Reads and checks the shards in {@code dirs}; an IOException saying why they cannot be merged. */
    public static Merged merge(List<Path> dirs) throws IOException {
        if (dirs.isEmpty()) throw new IOException("no result folders to merge");
        List<ShardInfo> infos = new ArrayList<>();
        for (Path d : dirs) infos.add(ShardInfo.read(d));
        ShardInfo first = infos.get(0);
        Path firstDir = dirs.get(0);
        Map<Integer, Path> byIndex = new TreeMap<>();
        for (int i = 0; i < infos.size(); i++) {
            ShardInfo s = infos.get(i);
            Path d = dirs.get(i);
            differ(d, firstDir, "time limit", s.timeoutSeconds() + " s", first.timeoutSeconds() + " s");
            differ(d, firstDir, "memory limit", s.memoryMb() + " MB", first.memoryMb() + " MB");
            differ(d, firstDir, "checker", s.checker(), first.checker());
            differ(d, firstDir, "solvers", String.join(", ", s.solverNames()), String.join(", ", first.solverNames()));
            for (int k = 0; k < s.solvers().size(); k++) {
                ShardInfo.SolverInfo a = s.solvers().get(k);
                ShardInfo.SolverInfo b = first.solvers().get(k);
                differ(d, firstDir, "version of " + a.name(), a.version(), b.version());
                differ(d, firstDir, "effort reporting of " + a.name(), Boolean.toString(a.reportsEffort()),
                        Boolean.toString(b.reportsEffort()));
            }
            differ(d, firstDir, "number of shards", Integer.toString(s.shard().count()), Integer.toString(first.shard().count()));
            differ(d, firstDir, "number of problems", Integer.toString(s.problemCount()), Integer.toString(first.problemCount()));
            differ(d, firstDir, "list of problems", s.problemList(), first.problemList());
            Path twice = byIndex.put(s.shard().index(), d);
            if (twice != null) throw new IOException("shard " + s.shard() + " is given twice: " + twice + " and " + d);
        }
        List<Integer> missing = new ArrayList<>();
        for (int i = 1; i <= first.shard().count(); i++) if (!byIndex.containsKey(i)) missing.add(i);
        if (!missing.isEmpty()) {
            throw new IOException(missing.size() + " of the " + first.shard().count() + " shards are missing: "
                    + (missing.size() > 20 ? missing.subList(0, 20) + "..." : missing.toString())
                    + " (a shard that failed or is still running has no " + ShardInfo.FILE + ")");
        }

        // Each problem of the run exactly once, with a row for each solver.
        String[] owner = new String[first.problemCount()];
        Map<String, BenchResult> rows = new HashMap<>();
        for (int i = 0; i < infos.size(); i++) {
            ShardInfo s = infos.get(i);
            Path d = dirs.get(i);
            for (Map.Entry<Integer, String> e : s.problems().entrySet()) {
                if (owner[e.getKey()] != null) {
                    throw new IOException("problem " + e.getValue() + " is in two shards (" + d + " and another): "
                            + "the shards come from different problem lists");
                }
                owner[e.getKey()] = e.getValue();
            }
            Set<String> mine = new HashSet<>(s.problems().values());
            for (BenchResult r : ResultFiles.readResults(d.resolve(ResultFiles.RESULTS))) {
                if (!mine.contains(r.key()) || !s.solverNames().contains(r.solver())) {
                    throw new IOException(d.resolve(ResultFiles.RESULTS) + ": a row for " + r.solver() + " on " + r.key()
                            + ", which this shard did not run");
                }
                if (rows.put(r.key() + "\u0000" + r.solver(), r) != null) {
                    throw new IOException(d.resolve(ResultFiles.RESULTS) + ": two rows for " + r.solver() + " on " + r.key());
                }
            }
        }
        List<BenchResult> ordered = new ArrayList<>();
        for (int at = 0; at < owner.length; at++) {
            if (owner[at] == null) {
                throw new IOException("problem " + (at + 1) + " of " + owner.length + " is in no shard: the shards come "
                        + "from different problem lists");
            }
            for (String solver : first.solverNames()) {
                BenchResult r = rows.get(owner[at] + "\u0000" + solver);
                if (r == null) throw new IOException("no result for " + solver + " on " + owner[at] + " in its shard's results.csv");
                ordered.add(r);
            }
        }
        return new Merged(first, ordered);
    }

    private static void differ(Path dir, Path firstDir, String what, String value, String firstValue) throws IOException {
        if (!value.equals(firstValue)) {
            throw new IOException("cannot merge runs with a different " + what + ": " + firstValue + " in " + firstDir
                    + ", " + value + " in " + dir);
        }
    }
}
