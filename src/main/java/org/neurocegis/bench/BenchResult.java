package org.neurocegis.bench;

/** One row of results.csv: how {@code solver} fared on {@code track/file}, and in how many seconds of wall time. */
public record BenchResult(String track, String file, String solver, BenchStatus status, double seconds, String detail) {
    public BenchResult {
        detail = detail == null ? "" : oneLine(detail);
    }

    public String key() {
        return track + "/" + file;
    }

    private static String oneLine(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() > 300 ? t.substring(0, 297) + "..." : t;
    }
}
