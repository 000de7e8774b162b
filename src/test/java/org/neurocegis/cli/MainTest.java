package org.neurocegis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

/** The command line as users meet it: help, version, and usage errors with exit code 2 and a pointer to the help. */
class MainTest {
    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void helpAndVersion() {
        Run top = run("--help");
        assertEquals(0, top.exit());
        for (String command : new String[] {"parse", "solve", "bench"}) assertTrue(top.out().contains("  " + command + " "), top.out());
        assertFalse(top.out().contains("proposer-data"), "hidden command in the help: " + top.out());
        assertEquals(Main.VERSION, run("--version").out().strip());
        assertEquals(Main.VERSION, run("-V").out().strip());

        Run solve = run("solve", "--help");
        assertEquals(0, solve.exit());
        assertTrue(solve.out().startsWith("Usage: neurocegis solve [OPTIONS] FILE"), solve.out());
        for (String option : new String[] {"--timeout", "--stats", "--proposer", "--model", "--no-fallback", "--verbose"}) {
            assertTrue(solve.out().contains(option), option + " missing from: " + solve.out());
        }
        assertEquals(solve.out(), run("help", "solve").out());
        Run bench = run("bench", "-h");
        assertTrue(bench.out().contains("--proposers"), bench.out());
        assertFalse(bench.out().contains("--solver-command"), "an option for tests in the help: " + bench.out());
    }

    @Test
    void usageErrorsExitWith2AndPointToTheHelp() {
        Run none = run();
        assertEquals(Main.EXIT_BAD_INPUT, none.exit());
        assertTrue(none.err().contains("a command is required"), none.err());

        Run unknownCommand = run("sovle", "x.sl");
        assertEquals(Main.EXIT_BAD_INPUT, unknownCommand.exit());
        assertTrue(unknownCommand.err().contains("unknown command 'sovle'"), unknownCommand.err());

        Run unknownOption = run("solve", "--bogus", "x.sl");
        assertEquals(Main.EXIT_BAD_INPUT, unknownOption.exit());
        assertTrue(unknownOption.err().contains("--bogus"), unknownOption.err());
        assertTrue(unknownOption.err().contains("Try 'neurocegis solve --help'."), unknownOption.err());

        // no abbreviations: --time is not --timeout
        assertEquals(Main.EXIT_BAD_INPUT, run("solve", "--time", "3", "x.sl").exit());

        Run notANumber = run("solve", "--timeout", "abc", "x.sl");
        assertEquals(Main.EXIT_BAD_INPUT, notANumber.exit());
        assertTrue(notANumber.err().contains("--timeout: 'abc' is not a number"), notANumber.err());

        Run badChoice = run("solve", "--proposer", "magic", "x.sl");
        assertEquals(Main.EXIT_BAD_INPUT, badChoice.exit());
        assertTrue(badChoice.err().contains("'magic' is not one of uniform, neural"), badChoice.err());

        Run noFile = run("solve");
        assertEquals(Main.EXIT_BAD_INPUT, noFile.exit());
        assertTrue(noFile.err().contains("missing FILE"), noFile.err());

        Run twoFiles = run("parse", "a.sl", "b.sl");
        assertEquals(Main.EXIT_BAD_INPUT, twoFiles.exit());
        assertTrue(twoFiles.err().contains("unexpected argument 'b.sl'"), twoFiles.err());

        Run modelWithoutNeural = run("solve", "--proposer", "uniform", "--model", "m.onnx", "x.sl");
        assertEquals(Main.EXIT_BAD_INPUT, modelWithoutNeural.exit());
        assertTrue(modelWithoutNeural.err().contains("--model needs --proposer neural"), modelWithoutNeural.err());
    }
}
