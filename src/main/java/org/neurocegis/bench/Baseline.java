package org.neurocegis.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A solver's results read from a TSV (columns {@code track file status seconds}, with a header row) instead of
 * running it, as in {@code shared/sygus/cvc5-baseline.tsv}. Statuses: {@code ok} (an answer proved correct),
 * {@code timeout}, {@code infeasible}, or one of our own status names.
 */
public final class Baseline {
    private record Row(String status, double seconds) {}

    private final Path source;
    private final Map<String, Row> rows;

    private Baseline(Path source, Map<String, Row> rows) {
        this.source = source;
        this.rows = rows;
    }

    public static Baseline read(Path tsv) throws IOException {
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        Map<String, Row> rows = new HashMap<>();
        int n = 0;
        for (String line : lines) {
            n++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cols = line.split("\t");
            if (cols.length < 4) throw new IOException(tsv + ":" + n + ": expected 4 tab-separated columns: track file status seconds");
            if (n == 1 && cols[0].equals("track")) continue;
            double seconds;
            try {
                seconds = Double.parseDouble(cols[3].strip());
            } catch (NumberFormatException ex) {
                throw new IOException(tsv + ":" + n + ": seconds is not a number: " + cols[3]);
            }
            rows.put(cols[0].strip() + "/" + cols[1].strip(), new Row(cols[2].strip(), seconds));
        }
        return new Baseline(tsv, rows);
    }

    public boolean has(BenchProblem p) {
        return rows.containsKey(p.key());
    }

    /** The result this baseline gives {@code solver} on {@code p}, under a limit of {@code timeoutSeconds}. */
    public BenchResult result(BenchProblem p, String solver, int timeoutSeconds) {
        Row row = rows.get(p.key());
        if (row == null) {
            return new BenchResult(p.track(), p.name(), solver, BenchStatus.UNKNOWN, 0,
                    "no row in the baseline " + source.getFileName());
        }
        double s = row.seconds();
        String from = " (baseline)";
        if (s > timeoutSeconds && !row.status().equals("timeout")) {
            return new BenchResult(p.track(), p.name(), solver, BenchStatus.TIMEOUT, s, "answered after the time limit" + from);
        }
        return switch (row.status()) {
            case "ok" -> new BenchResult(p.track(), p.name(), solver, BenchStatus.SOLVED, s, "proved" + from);
            case "timeout" -> new BenchResult(p.track(), p.name(), solver, BenchStatus.TIMEOUT, s, "timeout" + from);
            case "infeasible" -> p.knownInfeasible()
                    ? new BenchResult(p.track(), p.name(), solver, BenchStatus.SOLVED, s, "infeasible, as listed" + from)
                    : new BenchResult(p.track(), p.name(), solver, BenchStatus.UNCONFIRMED, s,
                            "answered infeasible, but the problem is not known to be infeasible" + from);
            default -> {
                BenchStatus status = BenchStatus.fromLabel(row.status());
                yield status != null
                        ? new BenchResult(p.track(), p.name(), solver, status, s, row.status() + from)
                        : new BenchResult(p.track(), p.name(), solver, BenchStatus.ERROR, s,
                                "unrecognised baseline status " + row.status());
            }
        };
    }
}
