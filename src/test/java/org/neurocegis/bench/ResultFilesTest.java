package org.neurocegis.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** results.csv written and read back, in today's format and in the one before the effort columns. */
class ResultFilesTest {
    @TempDir
    Path tmp;

    @Test
    void effortColumnsRoundTripAndAreEmptyWhereNotReported() throws Exception {
        List<BenchResult> results = List.of(
                new BenchResult("bv", "a.sl", "neurocegis[neural]", BenchStatus.SOLVED, 1.5, "proved",
                        new Effort(20000L, 1500L, 3L, 0.25, "invariant lane spacer")),
                new BenchResult("bv", "a.sl", "neurocegis[uniform]", BenchStatus.UNKNOWN, 2, "time, \"quoted\"",
                        new Effort(7L, null, null, null)),
                new BenchResult("bv", "a.sl", "cvc5", BenchStatus.TIMEOUT, 31, "timeout"));
        Path csv = tmp.resolve("results.csv");
        ResultFiles.writeResults(csv, results);
        List<String> lines = Files.readAllLines(csv);
        assertEquals("track,file,solver,status,seconds,detail,terms_generated,terms_distinct,iterations,proposer_seconds,solved_by",
                lines.get(0));
        assertEquals("bv,a.sl,neurocegis[neural],solved,1.500,proved,20000,1500,3,0.250,invariant lane spacer", lines.get(1));
        assertEquals("bv,a.sl,neurocegis[uniform],unknown,2.000,\"time, \"\"quoted\"\"\",7,,,,", lines.get(2));
        assertEquals("bv,a.sl,cvc5,timeout,31.000,timeout,,,,,", lines.get(3));
        assertEquals(results, ResultFiles.readResults(csv));
    }

    @Test
    void readsAFileFromBeforeTheEffortColumns() throws Exception {
        Path csv = tmp.resolve("old.csv");
        Files.writeString(csv, "track,file,solver,status,seconds,detail\n"
                + "lia,max2.sl,neurocegis,solved,0.872,proved\n"
                + "lia,\"odd, name.sl\",cvc5,wrong,0.100,\"refuted at x = 1,\ny = 2\"\n");
        List<BenchResult> rows = ResultFiles.readResults(csv);
        assertEquals(2, rows.size());
        assertEquals(new BenchResult("lia", "max2.sl", "neurocegis", BenchStatus.SOLVED, 0.872, "proved"), rows.get(0));
        assertEquals("odd, name.sl", rows.get(1).file());
        assertEquals("refuted at x = 1, y = 2", rows.get(1).detail());
        assertEquals(Effort.NONE, rows.get(1).effort());
    }

    @Test
    void aFileWithoutTheNeededColumnsIsRefused() throws Exception {
        Path csv = tmp.resolve("bad.csv");
        Files.writeString(csv, "track,file,status\nlia,a.sl,solved\n");
        Exception ex = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> ResultFiles.readResults(csv));
        assertTrue(ex.getMessage().contains("no column solver"), ex.getMessage());
    }
}
