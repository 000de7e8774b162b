package org.neurocegis.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The comparison of configurations of our solver: ratios of terms generated, and the median solved time. */
class EffortSummaryTest {
    @TempDir
    Path tmp;

    private static final String U = "neurocegis[uniform]";
    private static final String N = "neurocegis[neural]";
    private static final String F = "neurocegis[neural:nofallback]";

    private static BenchResult r(String track, String file, String solver, BenchStatus s, double seconds, Long terms) {
        return new BenchResult(track, file, solver, s, seconds, "", new Effort(terms, null, null, null));
    }

    private static List<BenchResult> results() {
        BenchStatus ok = BenchStatus.SOLVED;
        List<BenchResult> rs = new ArrayList<>();
        // a, b, c: compared (uniform solves with >= 10^4 terms, neural solves too).
        rs.add(r("bv", "a", U, ok, 2.0, 10_000L));
        rs.add(r("bv", "a", N, ok, 1.0, 5_000L));
        rs.add(r("bv", "b", U, ok, 4.0, 40_000L));
        rs.add(r("bv", "b", N, ok, 3.0, 10_000L));
        rs.add(r("bv", "c", U, ok, 6.0, 100_000L));
        rs.add(r("bv", "c", N, ok, 0.5, 0L)); // counts as 1 term
        // d: too little search for uniform; e: neural fails; f: uniform fails; g: neural solved without stats.
        rs.add(r("bv", "d", U, ok, 0.6, 9_999L));
        rs.add(r("bv", "d", N, ok, 0.7, 100L));
        rs.add(r("bv", "e", U, ok, 8.0, 1_000_000L));
        rs.add(r("bv", "e", N, BenchStatus.UNKNOWN, 9.0, 2_000_000L));
        rs.add(r("bv", "f", U, BenchStatus.TIMEOUT, 10.0, null));
        rs.add(r("bv", "f", N, ok, 5.0, 50_000L));
        rs.add(r("bv", "g", U, ok, 1.0, 20_000L));
        rs.add(r("bv", "g", N, ok, 1.0, null));
        rs.add(r("lia", "h", U, ok, 1.0, 20_000L));
        rs.add(r("lia", "h", N, BenchStatus.TIMEOUT, 10.0, null));
        // Another solver's rows are ignored.
        rs.add(r("bv", "a", "cvc5", ok, 0.1, null));
        return rs;
    }

    @Test
    void comparesEachConfigurationWithTheFirst() {
        List<EffortSummary.Row> rows = EffortSummary.rows(results(), List.of(U, N));
        assertEquals(6, rows.size(), "bv, lia and all, two configurations each");
        EffortSummary.Row u = rows.get(0);
        assertEquals("bv", u.track());
        assertEquals(U, u.solver());
        assertNull(u.versus());
        assertEquals(7, u.problems());
        assertEquals(6, u.solved());
        assertEquals(3.0, u.medianSolvedSeconds(), 1e-9, "median of 2, 4, 6, 0.6, 8, 1");
        EffortSummary.Row n = rows.get(1);
        assertEquals(U, n.versus());
        assertEquals(6, n.solved());
        assertEquals(3, n.compared(), "a, b and c");
        // ratios 0.5, 0.25, 1e-5
        assertEquals(0.25, n.medianRatio(), 1e-12);
        assertEquals(Math.cbrt(0.5 * 0.25 * 1e-5), n.geomeanRatio(), 1e-12);
        assertEquals(1.0, n.medianSolvedSeconds(), 1e-9, "median of 1, 3, 0.5, 0.7, 5, 1");
        assertEquals(1.0 - 3.0, n.medianSecondsDiff(), 1e-9);
        EffortSummary.Row lia = rows.get(3);
        assertEquals("lia", lia.track());
        assertEquals(0, lia.compared());
        assertTrue(Double.isNaN(lia.medianRatio()) && Double.isNaN(lia.geomeanRatio()));
        assertTrue(Double.isNaN(lia.medianSolvedSeconds()) && Double.isNaN(lia.medianSecondsDiff()));
        EffortSummary.Row all = rows.get(5);
        assertEquals(Summary.ALL, all.track());
        assertEquals(3, all.compared());
        assertEquals(8, all.problems());
    }

    @Test
    void everyLaterConfigurationIsComparedWithTheFirstOnly() {
        List<BenchResult> rs = new ArrayList<>(results());
        rs.add(r("bv", "a", F, BenchStatus.SOLVED, 2.0, 30_000L));
        rs.add(r("bv", "b", F, BenchStatus.SOLVED, 2.0, 40_000L));
        List<EffortSummary.Row> rows = EffortSummary.rows(rs, List.of(U, N, F));
        EffortSummary.Row f = rows.get(2);
        assertEquals(F, f.solver());
        assertEquals(U, f.versus());
        assertEquals(2, f.compared());
        assertEquals(2.0, f.medianRatio(), 1e-12, "ratios 3 and 1");
        assertEquals(Math.sqrt(3), f.geomeanRatio(), 1e-12);
    }

    @Test
    void markdownAndCsv() throws Exception {
        List<EffortSummary.Row> rows = EffortSummary.rows(results(), List.of(U, N));
        String md = EffortSummary.markdown(rows);
        assertTrue(md.startsWith("### search effort versus neurocegis[uniform]\n"), md);
        assertTrue(md.contains("| bv | neurocegis[uniform] | 6/7 | - | - | - | 3.00 | - |"), md);
        assertTrue(md.contains("| bv | neurocegis[neural] | 6/7 | 3 | 0.250 | 0.0108 | 1.00 | -2.000 |"), md);
        assertTrue(md.contains("| lia | neurocegis[neural] | 0/1 | 0 | - | - | - | - |"), md);
        assertTrue(md.contains("| all tracks | neurocegis[neural] | 6/8 | 3 |"), md);
        Path csv = tmp.resolve("effort.csv");
        EffortSummary.write(csv, rows);
        List<String> lines = Files.readAllLines(csv);
        assertEquals("track,solver,versus,problems,solved,compared,median_terms_ratio,geomean_terms_ratio,"
                + "median_solved_seconds,median_solved_seconds_diff", lines.get(0));
        assertEquals("bv,neurocegis[uniform],,7,6,,,,3.000,", lines.get(1));
        assertEquals("bv,neurocegis[neural],neurocegis[uniform],7,6,3,0.250000,0.0107722,1.000,-2.000", lines.get(2));
        assertEquals("lia,neurocegis[neural],neurocegis[uniform],1,0,0,,,,", lines.get(4));
    }
}
