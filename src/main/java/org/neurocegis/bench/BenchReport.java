package org.neurocegis.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tables of a benchmark, from its judged results: summary and effort rows, the Markdown text, and the files
 * written (results.csv, summary.csv, effort.csv when it compares two or more configurations of our solver, cactus
 * plots). One run and a merge of shards go through here alike, so the same results give the same tables.
 */
public record BenchReport(List<String> solvers, List<BenchResult> results, List<Summary.Row> summary,
                          List<EffortSummary.Row> effort, String markdown, List<Path> files) {
    public BenchReport {
        solvers = List.copyOf(solvers);
        results = List.copyOf(results);
        summary = List.copyOf(summary);
        effort = List.copyOf(effort);
        files = List.copyOf(files);
    }

    /**
     * Computes the tables of {@code results} (ordered by problem, then by solver as in {@code solvers}) and writes
     * the files into {@code dir}; {@code effortConfigs} are the solvers that report search effort. A plot that cannot
     * be drawn is a warning on {@code err}.
     */
    public static BenchReport write(Path dir, List<BenchResult> results, List<String> solvers, List<String> effortConfigs,
                                    int timeoutSeconds, PrintWriter err) throws IOException {
        List<Summary.Row> rows = Summary.rows(results, solvers, timeoutSeconds);
        List<EffortSummary.Row> effort = effortConfigs.size() >= 2 ? EffortSummary.rows(results, effortConfigs) : List.of();
        String markdown = Summary.markdown(rows, timeoutSeconds)
                + (effort.isEmpty() ? "" : "\n" + EffortSummary.markdown(effort));

        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        Path resultsCsv = dir.resolve(ResultFiles.RESULTS);
        ResultFiles.writeResults(resultsCsv, results);
        written.add(resultsCsv);
        Path summaryCsv = dir.resolve(ResultFiles.SUMMARY);
        ResultFiles.writeSummary(summaryCsv, rows);
        written.add(summaryCsv);
        if (!effort.isEmpty()) {
            Path effortCsv = dir.resolve(ResultFiles.EFFORT);
            EffortSummary.write(effortCsv, effort);
            written.add(effortCsv);
        }
        Map<String, List<BenchResult>> byTrack = new LinkedHashMap<>();
        for (BenchResult r : results) byTrack.computeIfAbsent(r.track(), t -> new ArrayList<>()).add(r);
        Map<String, List<BenchResult>> plots = new LinkedHashMap<>();
        for (Map.Entry<String, List<BenchResult>> e : byTrack.entrySet()) {
            plots.put("cactus-" + BenchRunner.safe(e.getKey()), e.getValue());
        }
        plots.put("cactus-" + Summary.ALL, results);
        for (Map.Entry<String, List<BenchResult>> e : plots.entrySet()) {
            Path png = dir.resolve(e.getKey() + ".png");
            String track = e.getKey().substring("cactus-".length());
            String title = (e.getValue() == results ? "All tracks" : "Track " + track)
                    + ", time limit " + timeoutSeconds + " s";
            try {
                CactusPlot.write(png, title, e.getValue(), solvers, timeoutSeconds);
                written.add(png);
            } catch (IOException | RuntimeException | Error ex) {
                err.println("bench: could not draw " + png + ": " + ex);
            }
        }
        return new BenchReport(solvers, results, rows, effort, markdown, written);
    }
}
