package org.neurocegis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.junit.jupiter.api.Test;

/** The command line as users meet it: help, version, and usage errors with exit code 2 and a pointer to the help. */
class MainTest {
    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    @Test
    void helpAndVersion() {
        CommandRun top = run("--help");
        assertEquals(0, top.exit());
        for (String command : new String[] {"parse", "solve", "bench"}) assertTrue(top.out().contains("  " + command + " "), top.out());
        assertFalse(top.out().contains("proposer-data"), "hidden command in the help: " + top.out());
        assertEquals(Main.VERSION, run("--version").out().strip());
        assertEquals(Main.VERSION, run("-V").out().strip());

        CommandRun solve = run("solve", "--help");
        assertEquals(0, solve.exit());
        assertTrue(solve.out().startsWith("Usage: neurocegis solve [OPTIONS] FILE"), solve.out());
        for (String option : new String[] {"--timeout", "--stats", "--proposer", "--model", "--no-fallback", "--verbose"}) {
            assertTrue(solve.out().contains(option), option + " missing from: " + solve.out());
        }
        assertEquals(solve.out(), run("help", "solve").out());
        CommandRun bench = run("bench", "-h");
        assertTrue(bench.out().contains("--proposers"), bench.out());
        assertFalse(bench.out().contains("--solver-command"), "an option for tests in the help: " + bench.out());
    }

    @Test
    void usageErrorsExitWith2AndPointToTheHelp() {
        CommandRun none = run();
        assertEquals(Main.EXIT_BAD_INPUT, none.exit());
        assertTrue(none.err().contains("a command is required"), none.err());

        CommandRun unknownCommand = run("sovle", "x.sl");
        assertEquals(Main.EXIT_BAD_INPUT, unknownCommand.exit());
        assertTrue(unknownCommand.err().contains("unknown command 'sovle'"), unknownCommand.err());

        CommandRun unknownOption = run("solve", "--bogus", "x.sl");
        assertEquals(Main.EXIT_BAD_INPUT, unknownOption.exit());
        assertTrue(unknownOption.err().contains("--bogus"), unknownOption.err());
        assertTrue(unknownOption.err().contains("Try 'neurocegis solve --help'."), unknownOption.err());

        // no abbreviations: --time is not --timeout
        assertEquals(Main.EXIT_BAD_INPUT, run("solve", "--time", "3", "x.sl").exit());

        CommandRun notANumber = run("solve", "--timeout", "abc", "x.sl");
        assertEquals(Main.EXIT_BAD_INPUT, notANumber.exit());
        assertTrue(notANumber.err().contains("--timeout: 'abc' is not a number"), notANumber.err());

        CommandRun badChoice = run("solve", "--proposer", "magic", "x.sl");
        assertEquals(Main.EXIT_BAD_INPUT, badChoice.exit());
        assertTrue(badChoice.err().contains("'magic' is not one of uniform, neural"), badChoice.err());

        CommandRun noFile = run("solve");
        assertEquals(Main.EXIT_BAD_INPUT, noFile.exit());
        assertTrue(noFile.err().contains("missing FILE"), noFile.err());

        CommandRun twoFiles = run("parse", "a.sl", "b.sl");
        assertEquals(Main.EXIT_BAD_INPUT, twoFiles.exit());
        assertTrue(twoFiles.err().contains("unexpected argument 'b.sl'"), twoFiles.err());

        CommandRun modelWithoutNeural = run("solve", "--proposer", "uniform", "--model", "m.onnx", "x.sl");
        assertEquals(Main.EXIT_BAD_INPUT, modelWithoutNeural.exit());
        assertTrue(modelWithoutNeural.err().contains("--model needs --proposer neural"), modelWithoutNeural.err());
    }

    /**
     * A time limit counts from the process's start: read from /proc to a hundredth of a second, it is at most a
     * few hundred milliseconds (the JVM's own start-up before it notes its start) before the JVM's start time, and
     * not after it. The JDK's estimate counts from a boot time in whole seconds and was up to a second early.
     */
    @Test
    void theProcessStartIsReadToATickBeforeTheJvmStart() {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isReadable(java.nio.file.Path.of("/proc/self/stat")),
                "no /proc here");
        long jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        long processStart = Main.processStartMillis();
        assertTrue(processStart <= jvmStart + 20, "process start " + processStart + " after the JVM's " + jvmStart);
        assertTrue(processStart >= jvmStart - 300, "process start " + processStart + " long before the JVM's " + jvmStart);
    }
}
