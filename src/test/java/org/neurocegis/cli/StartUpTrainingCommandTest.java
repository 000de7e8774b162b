package org.neurocegis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

/** The start-up archive's training run solves each problem in one JVM and reports how each ended, worst exit last. */
class StartUpTrainingCommandTest {
    @Test
    void solvesEachProblemAndReportsItsExit() {
        CommandRun r = CommandRun.of("start-up-training", "sygus-benchmarks/golden-lia/max2.sl",
                "sygus-benchmarks/golden-errors/no-such-file.sl");
        assertEquals("sygus-benchmarks/golden-lia/max2.sl: exit 0\n"
                + "sygus-benchmarks/golden-errors/no-such-file.sl: exit " + Main.EXIT_BAD_INPUT + "\n", r.out());
        assertEquals(Main.EXIT_BAD_INPUT, r.exit());
        assertFalse(CommandRun.of("--help").out().contains("start-up-training"), "hidden from the help");
    }
}
