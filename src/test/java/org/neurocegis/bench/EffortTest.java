package org.neurocegis.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the search effort from {@code solve --stats} output. */
class EffortTest {
    @TempDir
    Path tmp;

    /** What {@code Stats.format()} prints, with the proposer lines. */
    static final String STATS = String.join("\n",
            "; iterations               3",
            "; candidates verified      2",
            "; examples (points)        5",
            "; example inputs           5",
            "; terms generated          12345",
            "; distinct terms (bank)    678 (largest bank 600)",
            "; enumeration time         0.250 s",
            "; distinct terms / second  2712",
            "; terms generated / second 49380",
            "; unifications tried       0",
            "; Z3 checks                4",
            "; Z3 time                  0.100 s",
            "; total time               0.400 s",
            "; grammar                  from the problem",
            "; proposer                 neural",
            "; proposer load time       0.120 s",
            "; proposer calls           4",
            "; proposer time            0.010 s",
            "; proposer restarts        1",
            "; solved by                enumeration",
            "");

    @Test
    void readsEveryFigure() {
        Effort e = Effort.parse("JVM noise\n" + STATS);
        assertEquals(12345L, e.termsGenerated());
        assertEquals(678L, e.termsDistinct());
        assertEquals(3L, e.iterations());
        assertEquals(0.130, e.proposerSeconds(), 1e-9, "load time plus time in calls");
    }

    @Test
    void missingLinesStayEmpty() {
        // A build without the proposer lines: only the terms and iterations.
        Effort e = Effort.parse(STATS.replaceAll("(?m)^; proposer (load )?time .*\\n", ""));
        assertEquals(12345L, e.termsGenerated());
        assertNull(e.proposerSeconds());
        Effort onlyLoad = Effort.parse("; proposer load time       0.500 s\n");
        assertEquals(0.5, onlyLoad.proposerSeconds(), 1e-9);
        assertNull(onlyLoad.termsGenerated());
        assertNull(onlyLoad.iterations());
        assertEquals(Effort.NONE, Effort.parse(""));
        assertEquals(Effort.NONE, Effort.parse("; time limit reached\n"));
        assertEquals(Effort.NONE, Effort.parse(null));
    }

    @Test
    void perSecondLinesAndMalformedNumbersAreNotMistakenForTheCounts() {
        Effort e = Effort.parse("; terms generated / second 49380\n; distinct terms / second  2712\n"
                + "; iterations               many\n; proposer time            ? s\n");
        assertEquals(Effort.NONE, e);
    }

    @Test
    void windowsLineEndsAndTheLastOccurrenceWin() {
        Effort e = Effort.parse("; terms generated          1\r\n; terms generated          2\r\n");
        assertEquals(2L, e.termsGenerated());
    }

    @Test
    void readsTheFileAndToleratesItsAbsence() throws Exception {
        Path f = tmp.resolve("x.err");
        Files.writeString(f, STATS);
        assertEquals(12345L, Effort.read(f).termsGenerated());
        assertEquals(Effort.NONE, Effort.read(tmp.resolve("missing.err")));
    }
}
