package org.neurocegis.bench;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Per-track (and overall) figures for each solver: counts by status, unique solves (solved by this solver and by
 * no other), median time of the solved problems, total time, and the PAR-2 score (the sum over problems of the
 * time when solved, else twice the time limit; lower is better).
 */
public final class Summary {
    /** The name of the pseudo-track that covers every problem. */
    public static final String ALL = "all";

    /** One solver's figures on one track. */
    public record Row(String track, String solver, int problems, Map<BenchStatus, Integer> counts, int unique,
                      double medianSolvedSeconds, double totalSeconds, double par2) {
        public int count(BenchStatus s) {
            return counts.getOrDefault(s, 0);
        }
    }

    private Summary() {}

    /** Rows for each track (in order of first appearance), then for {@link #ALL}, each with one row per solver. */
    public static List<Row> rows(List<BenchResult> results, List<String> solvers, int timeoutSeconds) {
        Map<String, List<BenchResult>> byTrack = new LinkedHashMap<>();
        for (BenchResult r : results) byTrack.computeIfAbsent(r.track(), t -> new ArrayList<>()).add(r);
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, List<BenchResult>> e : byTrack.entrySet()) {
            rows.addAll(trackRows(e.getKey(), e.getValue(), solvers, timeoutSeconds));
        }
        rows.addAll(trackRows(ALL, results, solvers, timeoutSeconds));
        return rows;
    }

    private static List<Row> trackRows(String track, List<BenchResult> results, List<String> solvers, int timeout) {
        Map<String, Set<String>> solvedBy = new LinkedHashMap<>();
        for (String s : solvers) solvedBy.put(s, new HashSet<>());
        for (BenchResult r : results) {
            if (r.status() == BenchStatus.SOLVED && solvedBy.containsKey(r.solver())) solvedBy.get(r.solver()).add(r.key());
        }
        List<Row> rows = new ArrayList<>();
        for (String solver : solvers) {
            Map<BenchStatus, Integer> counts = new EnumMap<>(BenchStatus.class);
            List<Double> solvedTimes = new ArrayList<>();
            double total = 0;
            double par2 = 0;
            int problems = 0;
            int unique = 0;
            for (BenchResult r : results) {
                if (!r.solver().equals(solver)) continue;
                problems++;
                counts.merge(r.status(), 1, Integer::sum);
                double s = r.status() == BenchStatus.TIMEOUT ? Math.min(r.seconds(), timeout) : r.seconds();
                total += s;
                if (r.status() == BenchStatus.SOLVED) {
                    solvedTimes.add(r.seconds());
                    par2 += r.seconds();
                    boolean byOther = false;
                    for (String other : solvers) {
                        if (!other.equals(solver) && solvedBy.get(other).contains(r.key())) byOther = true;
                    }
                    if (!byOther) unique++;
                } else {
                    par2 += 2.0 * timeout;
                }
            }
            rows.add(new Row(track, solver, problems, counts, unique, median(solvedTimes), total, par2));
        }
        return rows;
    }

    static double median(List<Double> xs) {
        if (xs.isEmpty()) return Double.NaN;
        List<Double> sorted = new ArrayList<>(xs);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** A Markdown table per track: a heading, then one row per solver. */
    public static String markdown(List<Row> rows, int timeoutSeconds) {
        StringBuilder sb = new StringBuilder();
        String current = null;
        for (Row r : rows) {
            if (!r.track().equals(current)) {
                current = r.track();
                if (sb.length() > 0) sb.append('\n');
                sb.append("### ").append(current.equals(ALL) ? "all tracks" : "track " + current).append(" (")
                        .append(r.problems()).append(r.problems() == 1 ? " problem" : " problems")
                        .append(", time limit ").append(timeoutSeconds).append(" s)\n\n");
                sb.append("| solver | solved | wrong | grammar-violation | infeasible (unconfirmed) | unknown | timeout "
                        + "| error | unique solves | median time of solved (s) | total time (s) | PAR-2 |\n");
                sb.append("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
            }
            sb.append("| ").append(r.solver())
                    .append(" | ").append(r.count(BenchStatus.SOLVED)).append('/').append(r.problems())
                    .append(" | ").append(r.count(BenchStatus.WRONG))
                    .append(" | ").append(r.count(BenchStatus.GRAMMAR_VIOLATION))
                    .append(" | ").append(r.count(BenchStatus.UNCONFIRMED))
                    .append(" | ").append(r.count(BenchStatus.UNKNOWN))
                    .append(" | ").append(r.count(BenchStatus.TIMEOUT))
                    .append(" | ").append(r.count(BenchStatus.ERROR))
                    .append(" | ").append(r.unique())
                    .append(" | ").append(Double.isNaN(r.medianSolvedSeconds()) ? "-" : fmt(r.medianSolvedSeconds()))
                    .append(" | ").append(fmt(r.totalSeconds()))
                    .append(" | ").append(fmt(r.par2()))
                    .append(" |\n");
        }
        return sb.toString();
    }

    static String fmt(double x) {
        if (x >= 100) return String.format(Locale.ROOT, "%.1f", x);
        if (x >= 1) return String.format(Locale.ROOT, "%.2f", x);
        return String.format(Locale.ROOT, "%.3f", x);
    }
}
