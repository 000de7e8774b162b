package org.neurocegis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


class SolveCommandTest {
    /** Parity of four inputs from NAND gates alone: far out of reach of a one-second search. */
    private static final String HARD = """
            (set-logic SAT)
            (synth-fun f ((a Bool) (b Bool) (c Bool) (d Bool)) Bool
              ((Start Bool) (And Bool) (Var Bool))
              ((Start Bool ((not And) Var)) (And Bool ((and Start Start))) (Var Bool (a b c d))))
            (declare-var a Bool) (declare-var b Bool) (declare-var c Bool) (declare-var d Bool)
            (constraint (= (f a b c d) (xor a b c d)))
            (check-synth)
            """;

    @Test
    void aTimeLimitEndsInUnknownWithinTheLimit(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("hard.sl");
        Files.writeString(file, HARD);
        StringWriter out = new StringWriter();
        long start = System.nanoTime();
        int code = Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "solve", "--timeout", "1.5", file.toString());
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(0, code);
        assertEquals("unknown", out.toString().strip());
        assertTrue(seconds < 1.5 + 0.5, "answered after " + seconds + " s with a limit of 1.5 s");
    }
}
