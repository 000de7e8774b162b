package org.neurocegis.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class ProcessRunnerTest {
    @TempDir
    Path tmp;

    @Test
    void reportsTheTellingLineOfStderr() throws Exception {
        Path f = tmp.resolve("err.txt");
        Files.writeString(f, "Picked up JAVA_TOOL_OPTIONS: -Xss1m\nWARNING: something\n"
                + "Exception in thread \"main\" java.lang.OutOfMemoryError: Java heap space\n\tat A.main(A.java:1)\n");
        assertEquals("Exception in thread \"main\" java.lang.OutOfMemoryError: Java heap space",
                ProcessRunner.firstTellingLine(f));
        Files.writeString(f, "(error \"Parse Error: x.sl:3.15: expected SyGuS 2.0\n\n   ^\n\")\n");
        assertEquals("(error \"Parse Error: x.sl:3.15: expected SyGuS 2.0", ProcessRunner.firstTellingLine(f));
        Files.writeString(f, "");
        assertEquals("", ProcessRunner.firstTellingLine(f));
    }

    /** A shell whose grandchild ignores SIGTERM: the whole tree goes at the time limit. */
    @Test
    @Timeout(30)
    void killsTheWholeTreeAtTheTimeLimit() throws Exception {
        Path pids = tmp.resolve("pids");
        String script = "bash -c 'trap \"\" TERM; sleep 300 & echo $! > " + pids + "; wait' & wait";
        ProcessRunner runner = new ProcessRunner();
        try {
            ProcessRunner.Outcome o = runner.run(List.of("bash", "-c", script), tmp.resolve("out"), tmp.resolve("err"),
                    1, 0.5, 0);
            assertTrue(o.timedOut());
            assertTrue(o.seconds() >= 1.4 && o.seconds() < 10, o.seconds() + " s");
        } finally {
            runner.close();
        }
        long pid = Long.parseLong(Files.readString(pids).strip());
        assertFalse(BenchRunTest.running(pid), "grandchild " + pid + " survived");
    }

    @Test
    void exitCodeAndOutputOfANormalRun() throws Exception {
        ProcessRunner runner = new ProcessRunner();
        try {
            ProcessRunner.Outcome o = runner.run(List.of("bash", "-c", "echo hello; echo oops >&2; exit 3"),
                    tmp.resolve("out"), tmp.resolve("err"), 5, 1, 100);
            assertEquals(3, o.exitCode());
            assertEquals("hello\n", o.stdout());
            assertEquals("oops", o.stderrLine());
            assertFalse(o.timedOut() || o.memoryExceeded());
        } finally {
            runner.close();
        }
    }
}
