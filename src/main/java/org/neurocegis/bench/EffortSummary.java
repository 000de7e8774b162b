package org.neurocegis.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Compares the search effort of several configurations of our solver in one run (as with
 * {@code bench --proposers}): per track (and over {@link Summary#ALL}), each configuration after the first against the
 * first, on the problems both solve where the first generated at least {@link #MIN_TERMS} terms (the problems where
 * the search, not the start-up, is the work). There it gives the median and the geometric mean of
 * {@code terms_generated(config) / terms_generated(first)} (below 1: less search; a count of 0 counts as 1), and,
 * over all the problems each solves, the median solved time of the configuration minus that of the first.
 */
public final class EffortSummary {
    /** The fewest terms the first configuration must have generated on a problem for it to be compared. */
    public static final long MIN_TERMS = 10_000;

    /**
     * One configuration on one track. {@code versus} is the first configuration, or null on the first's own row
     * (which then has no comparison: {@code compared} is 0 and the ratios and the difference are NaN). Figures with
     * nothing to go on are NaN.
     */
    public record Row(String track, String solver, String versus, int problems, int solved, int compared,
                      double medianRatio, double geomeanRatio, double medianSolvedSeconds, double medianSecondsDiff) {}

    private EffortSummary() {}

    /** Rows for each track (in order of first appearance), then for {@link Summary#ALL}: one per configuration. */
    public static List<Row> rows(List<BenchResult> results, List<String> configs) {
        if (configs.isEmpty()) return List.of();
        Map<String, List<BenchResult>> byTrack = new LinkedHashMap<>();
        for (BenchResult r : results) byTrack.computeIfAbsent(r.track(), t -> new ArrayList<>()).add(r);
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, List<BenchResult>> e : byTrack.entrySet()) rows.addAll(trackRows(e.getKey(), e.getValue(), configs));
        rows.addAll(trackRows(Summary.ALL, results, configs));
        return rows;
    }

    private static List<Row> trackRows(String track, List<BenchResult> results, List<String> configs) {
        String first = configs.get(0);
        Map<String, Map<String, BenchResult>> bySolver = new HashMap<>();
        for (BenchResult r : results) bySolver.computeIfAbsent(r.solver(), s -> new LinkedHashMap<>()).put(r.key(), r);
        Map<String, BenchResult> reference = bySolver.getOrDefault(first, Map.of());
        double referenceMedian = medianSolved(reference);
        List<Row> rows = new ArrayList<>();
        for (String config : configs) {
            Map<String, BenchResult> mine = bySolver.getOrDefault(config, Map.of());
            int solved = (int) mine.values().stream().filter(r -> r.status() == BenchStatus.SOLVED).count();
            double median = medianSolved(mine);
            if (config.equals(first)) {
                rows.add(new Row(track, config, null, mine.size(), solved, 0, Double.NaN, Double.NaN, median, Double.NaN));
                continue;
            }
            List<Double> ratios = new ArrayList<>();
            for (BenchResult ref : reference.values()) {
                Long base = ref.effort().termsGenerated();
                if (ref.status() != BenchStatus.SOLVED || base == null || base < MIN_TERMS) continue;
                BenchResult r = mine.get(ref.key());
                if (r == null || r.status() != BenchStatus.SOLVED || r.effort().termsGenerated() == null) continue;
                ratios.add(Math.max(1, r.effort().termsGenerated()) / (double) base);
            }
            double logSum = 0;
            for (double x : ratios) logSum += Math.log(x);
            double geomean = ratios.isEmpty() ? Double.NaN : Math.exp(logSum / ratios.size());
            rows.add(new Row(track, config, first, mine.size(), solved, ratios.size(), Summary.median(ratios), geomean,
                    median, median - referenceMedian));
        }
        return rows;
    }

    private static double medianSolved(Map<String, BenchResult> results) {
        List<Double> times = new ArrayList<>();
        for (BenchResult r : results.values()) if (r.status() == BenchStatus.SOLVED) times.add(r.seconds());
        return Summary.median(times);
    }

    /** One Markdown table: a row per track and configuration, after a line that says what is compared. */
    public static String markdown(List<Row> rows) {
        if (rows.isEmpty()) return "";
        String first = rows.get(0).solver();
        StringBuilder sb = new StringBuilder();
        sb.append("### search effort versus ").append(first).append("\n\n");
        sb.append("Compared: the problems both solve where ").append(first).append(" generated at least ")
                .append(MIN_TERMS).append(" terms; ratio: terms generated / terms generated by ").append(first)
                .append(" (below 1: less search). Time difference: median time of solved problems (each over the "
                        + "problems it solves) minus ").append(first).append("'s.\n\n");
        sb.append("| track | configuration | solved | compared | median terms ratio | geometric mean terms ratio "
                + "| median time of solved (s) | time difference (s) |\n");
        sb.append("|---|---|--:|--:|--:|--:|--:|--:|\n");
        for (Row r : rows) {
            boolean reference = r.versus() == null;
            sb.append("| ").append(r.track().equals(Summary.ALL) ? "all tracks" : r.track())
                    .append(" | ").append(r.solver())
                    .append(" | ").append(r.solved()).append('/').append(r.problems())
                    .append(" | ").append(reference ? "-" : Integer.toString(r.compared()))
                    .append(" | ").append(ratio(r.medianRatio()))
                    .append(" | ").append(ratio(r.geomeanRatio()))
                    .append(" | ").append(Double.isNaN(r.medianSolvedSeconds()) ? "-" : Summary.fmt(r.medianSolvedSeconds()))
                    .append(" | ").append(Double.isNaN(r.medianSecondsDiff()) ? "-"
                            : String.format(Locale.ROOT, "%+.3f", r.medianSecondsDiff()))
                    .append(" |\n");
        }
        return sb.toString();
    }

    private static String ratio(double x) {
        if (Double.isNaN(x)) return "-";
        if (x >= 100) return String.format(Locale.ROOT, "%.0f", x);
        if (x >= 10) return String.format(Locale.ROOT, "%.1f", x);
        if (x >= 1) return String.format(Locale.ROOT, "%.2f", x);
        return String.format(Locale.ROOT, "%.3g", x);
    }

    /** effort.csv: the rows, with empty fields where a figure is NaN (and for the first configuration's comparison). */
    public static void write(Path file, List<Row> rows) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("track,solver,versus,problems,solved,compared,median_terms_ratio,geomean_terms_ratio,"
                    + "median_solved_seconds,median_solved_seconds_diff\n");
            for (Row r : rows) {
                boolean reference = r.versus() == null;
                w.write(String.join(",", ResultFiles.csv(r.track()), ResultFiles.csv(r.solver()),
                        reference ? "" : ResultFiles.csv(r.versus()), Integer.toString(r.problems()),
                        Integer.toString(r.solved()), reference ? "" : Integer.toString(r.compared()),
                        num("%.6g", r.medianRatio()), num("%.6g", r.geomeanRatio()),
                        num("%.3f", r.medianSolvedSeconds()), num("%.3f", r.medianSecondsDiff())));
                w.write('\n');
            }
        }
    }

    private static String num(String format, double x) {
        return Double.isNaN(x) ? "" : String.format(Locale.ROOT, format, x);
    }
}
