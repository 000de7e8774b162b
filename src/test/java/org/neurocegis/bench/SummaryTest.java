package org.neurocegis.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class SummaryTest {
    private static BenchResult r(String track, String file, String solver, BenchStatus s, double seconds) {
        return new BenchResult(track, file, solver, s, seconds, "");
    }

    @Test
    void countsUniqueSolvesMedianTotalAndPar2() {
        List<BenchResult> results = List.of(
                r("bv", "a", "us", BenchStatus.SOLVED, 1.0), r("bv", "a", "them", BenchStatus.SOLVED, 2.0),
                r("bv", "b", "us", BenchStatus.SOLVED, 3.0), r("bv", "b", "them", BenchStatus.TIMEOUT, 11.5),
                r("bv", "c", "us", BenchStatus.WRONG, 0.5), r("bv", "c", "them", BenchStatus.SOLVED, 4.0),
                r("lia", "d", "us", BenchStatus.SOLVED, 6.0), r("lia", "d", "them", BenchStatus.ERROR, 0.1));
        List<Summary.Row> rows = Summary.rows(results, List.of("us", "them"), 10);
        assertEquals(6, rows.size());
        Summary.Row usBv = rows.get(0);
        assertEquals("bv", usBv.track());
        assertEquals(2, usBv.count(BenchStatus.SOLVED));
        assertEquals(1, usBv.count(BenchStatus.WRONG));
        assertEquals(1, usBv.unique());
        assertEquals(2.0, usBv.medianSolvedSeconds(), 1e-9);
        assertEquals(4.5, usBv.totalSeconds(), 1e-9);
        assertEquals(1 + 3 + 20, usBv.par2(), 1e-9);
        Summary.Row themBv = rows.get(1);
        assertEquals(1, themBv.unique());
        assertEquals(3.0, themBv.medianSolvedSeconds(), 1e-9);
        assertEquals(2 + 10 + 4, themBv.totalSeconds(), 1e-9, "a timeout counts the limit, not the grace");
        assertEquals(2 + 20 + 4, themBv.par2(), 1e-9);
        Summary.Row usAll = rows.get(4);
        assertEquals(Summary.ALL, usAll.track());
        assertEquals(4, usAll.problems());
        assertEquals(3, usAll.count(BenchStatus.SOLVED));
        assertEquals(2, usAll.unique());
        String md = Summary.markdown(rows, 10);
        assertTrue(md.contains("### track bv (3 problems, time limit 10 s)"), md);
        assertTrue(md.contains("| us | 2/3 | 1 | 0 | 0 | 0 | 0 | 0 | 1 | 2.00 | 4.50 | 24.00 |"), md);
        assertTrue(md.contains("### all tracks (4 problems"), md);
    }

    @Test
    void noSolvesHasNoMedian() {
        List<Summary.Row> rows = Summary.rows(List.of(r("t", "a", "us", BenchStatus.UNKNOWN, 1)), List.of("us"), 5);
        assertTrue(Double.isNaN(rows.get(0).medianSolvedSeconds()));
        assertTrue(Summary.markdown(rows, 5).contains("| us | 0/1 | 0 | 0 | 0 | 1 | 0 | 0 | 0 | - | 1.00 | 10.00 |"));
    }
}
