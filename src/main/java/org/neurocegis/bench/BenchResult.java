package org.neurocegis.bench;

/**
 * One row of results.csv: how {@code solver} fared on {@code track/file}, in how many seconds of wall time, and the
 * search effort it reported ({@link Effort#NONE} for solvers that report none).
 */
public record BenchResult(String track, String file, String solver, BenchStatus status, double seconds, String detail,
                          Effort effort) {
    public BenchResult {
        detail = detail == null ? "" : oneLine(detail);
        if (effort == null) effort = Effort.NONE;
    }

    /** A result without reported effort. */
    public BenchResult(String track, String file, String solver, BenchStatus status, double seconds, String detail) {
        this(track, file, solver, status, seconds, detail, Effort.NONE);
    }

    public String key() {
        return track + "/" + file;
    }

    /** This result with {@code e} as its effort. */
    public BenchResult withEffort(Effort e) {
        return new BenchResult(track, file, solver, status, seconds, detail, e);
    }

    private static String oneLine(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() > 300 ? t.substring(0, 297) + "..." : t;
    }
}
