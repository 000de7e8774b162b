package org.neurocegis.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The CSV files of a run: {@code results.csv} (one row per problem per solver), {@code summary.csv} and, when a run
 * compares several configurations of our solver, {@code effort.csv}.
 */
public final class ResultFiles {
    public static final String RESULTS = "results.csv";
    public static final String SUMMARY = "summary.csv";
    public static final String EFFORT = "effort.csv";

    /**
     * The columns of results.csv. The last five (the effort our solver reports with {@code --stats}, and what solved it) came later and
     * are empty where not reported; files written before them have only the first six, and read back the same.
     */
    public static final List<String> RESULT_COLUMNS = List.of("track", "file", "solver", "status", "seconds", "detail",
            "terms_generated", "terms_distinct", "iterations", "proposer_seconds", "solved_by");

    private ResultFiles() {}

    public static void writeResults(Path file, List<BenchResult> results) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(String.join(",", RESULT_COLUMNS));
            w.write('\n');
            for (BenchResult r : results) {
                Effort e = r.effort();
                w.write(String.join(",", csv(r.track()), csv(r.file()), csv(r.solver()), r.status().label(),
                        String.format(Locale.ROOT, "%.3f", r.seconds()), csv(r.detail()),
                        e.termsGenerated() == null ? "" : e.termsGenerated().toString(),
                        e.termsDistinct() == null ? "" : e.termsDistinct().toString(),
                        e.iterations() == null ? "" : e.iterations().toString(),
                        e.proposerSeconds() == null ? "" : String.format(Locale.ROOT, "%.3f", e.proposerSeconds()),
                        e.solvedBy() == null ? "" : csv(e.solvedBy())));
                w.write('\n');
            }
        }
    }

    /**
     * Reads a results.csv back, by its header's column names: files of any version of the runner (the effort columns
     * are optional, and unknown columns are ignored).
     */
    public static List<BenchResult> readResults(Path file) throws IOException {
        List<List<String>> records = parseCsv(Files.readString(file, StandardCharsets.UTF_8));
        if (records.isEmpty()) throw new IOException(file + ": empty, expected a header row");
        Map<String, Integer> col = new HashMap<>();
        List<String> header = records.get(0);
        for (int i = 0; i < header.size(); i++) col.putIfAbsent(header.get(i).strip(), i);
        for (String required : List.of("track", "file", "solver", "status", "seconds")) {
            if (!col.containsKey(required)) throw new IOException(file + ": no column " + required + " in the header");
        }
        List<BenchResult> results = new ArrayList<>();
        for (int n = 1; n < records.size(); n++) {
            List<String> r = records.get(n);
            if (r.size() == 1 && r.get(0).isBlank()) continue;
            String where = file + ": row " + (n + 1);
            BenchStatus status = BenchStatus.fromLabel(field(r, col, "status"));
            if (status == null) throw new IOException(where + ": unknown status " + field(r, col, "status"));
            double seconds;
            Effort effort;
            try {
                seconds = Double.parseDouble(field(r, col, "seconds"));
                String pt = field(r, col, "proposer_seconds");
                effort = new Effort(optLong(field(r, col, "terms_generated")), optLong(field(r, col, "terms_distinct")),
                        optLong(field(r, col, "iterations")), pt.isEmpty() ? null : Double.parseDouble(pt),
                        !field(r, col, "solved_by").isEmpty() ? field(r, col, "solved_by") : null);
            } catch (NumberFormatException ex) {
                throw new IOException(where + ": not a number: " + ex.getMessage());
            }
            results.add(new BenchResult(field(r, col, "track"), field(r, col, "file"), field(r, col, "solver"), status,
                    seconds, field(r, col, "detail"), effort));
        }
        return results;
    }

    private static String field(List<String> record, Map<String, Integer> col, String name) {
        Integer i = col.get(name);
        return i == null || i >= record.size() ? "" : record.get(i);
    }

    private static Long optLong(String s) {
        return s.isEmpty() ? null : Long.parseLong(s);
    }

    /** RFC 4180 records: fields split at commas, quoted fields may hold commas, doubled quotes and line breaks. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            any = true;
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
                any = false;
            } else {
                field.append(c);
            }
        }
        if (any) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
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
