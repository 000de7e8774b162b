package org.neurocegis.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The CSV files of a run: {@code results.csv} (one row per problem per solver) and {@code summary.csv}. */
public final class ResultFiles {
    public static final String RESULTS = "results.csv";
    public static final String SUMMARY = "summary.csv";

    private ResultFiles() {}

    public static void writeResults(Path file, List<BenchResult> results) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("track,file,solver,status,seconds,detail\n");
            for (BenchResult r : results) {
                w.write(String.join(",", csv(r.track()), csv(r.file()), csv(r.solver()), r.status().label(),
                        String.format(Locale.ROOT, "%.3f", r.seconds()), csv(r.detail())));
                w.write('\n');
            }
        }
    }

    public static void writeSummary(Path file, List<Summary.Row> rows) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            StringBuilder header = new StringBuilder("track,solver,problems");
            for (BenchStatus s : BenchStatus.values()) header.append(',').append(s.label());
            header.append(",unique,median_solved_seconds,total_seconds,par2\n");
            w.write(header.toString());
            for (Summary.Row r : rows) {
                StringBuilder sb = new StringBuilder();
                sb.append(csv(r.track())).append(',').append(csv(r.solver())).append(',').append(r.problems());
                for (BenchStatus s : BenchStatus.values()) sb.append(',').append(r.count(s));
                sb.append(',').append(r.unique())
                        .append(',').append(Double.isNaN(r.medianSolvedSeconds()) ? ""
                                : String.format(Locale.ROOT, "%.3f", r.medianSolvedSeconds()))
                        .append(',').append(String.format(Locale.ROOT, "%.3f", r.totalSeconds()))
                        .append(',').append(String.format(Locale.ROOT, "%.3f", r.par2()))
                        .append('\n');
                w.write(sb.toString());
            }
        }
    }

    /** A CSV field, quoted (RFC 4180) when it holds a comma, a quote or a line break. */
    static String csv(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
