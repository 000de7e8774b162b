package org.neurocegis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.neurocegis.sketch.Desugar;
import org.neurocegis.sygus.Problem;
import org.neurocegis.sygus.SygusParser;
import org.neurocegis.verify.SolutionChecker;

/**
 * Runs every problem of {@code sygus-benchmarks/} through {@code neurocegis solve} and holds it to the expectation
 * in its header: {@code ; EXPECT: solved} (the printed answer is re-parsed, checked against the grammar and proved by
 * Z3 from its text), {@code ; EXPECT: infeasible}, or {@code ; EXPECT-ERROR: L:C message} (exit code 2 and exactly
 * that position).
 */
class GoldenBenchmarksTest {
    private static final Path ROOT = Path.of("sygus-benchmarks");
    private static final Pattern EXPECT = Pattern.compile("^; EXPECT: (solved|infeasible|unknown)\\s*$", Pattern.MULTILINE);
    private static final Pattern EXPECT_ERROR = Pattern.compile("^; EXPECT-ERROR: (\\d+):(\\d+) (.+?)\\s*$", Pattern.MULTILINE);
    private static final String TIMEOUT_SECONDS = "60";

    @TestFactory
    Stream<DynamicTest> everyGoldenProblem() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(ROOT)) {
            // verify-hd/ holds problems for `verify` (VerifyGoldenTest), not for `solve`
            files = walk.filter(p -> p.toString().endsWith(".sl") && !p.startsWith(ROOT.resolve("verify-hd"))).sorted().toList();
        }
        assertTrue(files.size() >= 15, "expected the golden problems under " + ROOT.toAbsolutePath());
        return files.stream().map(f -> DynamicTest.dynamicTest(ROOT.relativize(f).toString(), () -> run(f)));
    }

    private static void run(Path file) throws IOException {
        String text = Files.readString(file);
        Matcher error = EXPECT_ERROR.matcher(text);
        Matcher expect = EXPECT.matcher(text);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), "solve", "--timeout", TIMEOUT_SECONDS, file.toString());
        if (error.find()) {
            assertEquals(Main.EXIT_BAD_INPUT, code, "exit code; stderr: " + err);
            String expected = file + ":" + error.group(1) + ":" + error.group(2) + ": ";
            String message = err.toString().strip();
            assertTrue(message.startsWith(expected) && message.contains(error.group(3)),
                    "expected '" + expected + error.group(3) + "', got '" + message + "'");
            assertEquals(1, message.lines().count(), "one line, no stack trace: " + message);
            return;
        }
        if (!expect.find()) fail(file + " has no '; EXPECT:' or '; EXPECT-ERROR:' header");
        assertEquals(0, code, "exit code; stderr: " + err);
        String answer = out.toString().strip();
        switch (expect.group(1)) {
            case "solved" -> {
                Problem problem = assertParses(text);
                SolutionChecker.Verdict verdict = SolutionChecker.check(problem, answer, 60_000);
                assertEquals(SolutionChecker.Status.SOLVED, verdict.status(),
                        "answer " + answer + " judged " + verdict.detail());
            }
            case "infeasible" -> assertEquals("infeasible", answer);
            default -> assertEquals("unknown", answer);
        }
    }

    private static Problem assertParses(String text) {
        try {
            return SygusParser.parse(Desugar.desugar(text).sygus());
        } catch (Exception ex) {
            throw new AssertionError("the golden problem itself does not parse: " + ex.getMessage(), ex);
        }
    }
}
