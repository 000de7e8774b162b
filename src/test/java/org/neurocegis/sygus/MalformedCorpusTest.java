package org.neurocegis.sygus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import org.neurocegis.cli.Main;


/**
 * Every file of {@code src/test/resources/malformed/} goes through {@code neurocegis parse FILE} and must be refused
 * with exit code 2 and exactly one line on stderr, {@code FILE:L:C: message}, at the position and with the message
 * its first line announces: {@code ; EXPECT-ERROR: L:C message-substring}. Positions count that header line.
 */
class MalformedCorpusTest {
    private static final Path CORPUS = Path.of(System.getProperty("user.dir"), "src", "test", "resources", "malformed");
    private static final Pattern HEADER = Pattern.compile("; EXPECT-ERROR: (\\d+):(\\d+) (.+)");

    /** The kinds of bad input the corpus must keep covering. */
    private static final List<String> REQUIRED = List.of(
            "unbalanced-unclosed.sl", "unbalanced-stray.sl", "unknown-command.sl", "unknown-operator.sl",
            "wrong-sort-bvadd-int.sl", "wrong-arity-function.sl", "wrong-arity-operator.sl", "undeclared-symbol.sl",
            "bad-literal-hex.sl", "unsupported-logic-qf-s.sl", "unsupported-logic-nra.sl", "unsupported-sort-real.sl",
            "unsupported-sort-string.sl", "empty.sl", "garbage.sl", "grammar-production-wrong-sort.sl");

    private record Expectation(int line, int column, String message) {}

    private record Outcome(int exitCode, String out, String err) {}

    static Outcome parse(Path file) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "parse", file.toString());
        return new Outcome(code, out.toString(), err.toString());
    }

    private static Expectation expectation(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int end = 0;
        while (end < bytes.length && bytes[end] != '\n') end++;
        String header = new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
        Matcher m = HEADER.matcher(header);
        assertTrue(m.matches(), file.getFileName() + ": the first line must be '; EXPECT-ERROR: L:C message', got: " + header);
        return new Expectation(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3).strip());
    }

    private static List<Path> corpus() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(CORPUS)) {
            s.filter(p -> p.getFileName().toString().endsWith(".sl")).sorted().forEach(files::add);
        }
        return files;
    }

    /** Exit code 2, nothing on stdout, one line {@code FILE:L:C: ...message...} on stderr and no stack trace. */
    private static void assertRefused(Path file, int line, int column, String message) {
        Outcome o = parse(file);
        String name = file.getFileName().toString();
        assertEquals(Main.EXIT_BAD_INPUT, o.exitCode(), name + ": exit code; stderr was:\n" + o.err());
        assertEquals("", o.out(), name + ": nothing on stdout");
        List<String> lines = o.err().lines().toList();
        assertEquals(1, lines.size(), name + ": stderr must be exactly one line, was:\n" + o.err());
        String got = lines.get(0);
        assertFalse(got.contains("Exception") || got.contains("\tat ") || got.contains("internal error"),
                name + ": looks like a crash: " + got);
        String prefix = file + ":" + line + ":" + column + ": ";
        assertTrue(got.startsWith(prefix), name + ": expected a line starting with\n  " + prefix + "\nbut was\n  " + got);
        assertTrue(got.substring(prefix.length()).contains(message),
                name + ": expected the message to contain\n  " + message + "\nbut was\n  " + got);
    }

    @TestFactory
    Stream<DynamicTest> everyMalformedFileIsRefusedAtItsPosition() throws IOException {
        List<Path> files = corpus();
        List<String> names = files.stream().map(p -> p.getFileName().toString()).toList();
        for (String required : REQUIRED) assertTrue(names.contains(required), "the corpus lacks " + required);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            Expectation e = expectation(f);
            assertRefused(f, e.line(), e.column(), e.message());
        }));
    }

    @Test
    void zeroByteFileIsEmptyInput(@TempDir Path dir) throws IOException {
        Path empty = dir.resolve("zero.sl");
        Files.write(empty, new byte[0]);
        assertRefused(empty, 1, 1, "empty input");
    }

    @Test
    void missingFileIsBadInputToo(@TempDir Path dir) {
        Path missing = dir.resolve("missing.sl");
        Outcome o = parse(missing);
        assertEquals(Main.EXIT_BAD_INPUT, o.exitCode());
        assertEquals(List.of(missing + ": no such file"), o.err().lines().toList());
    }

    @Test
    void aWellFormedFileIsAccepted(@TempDir Path dir) throws IOException {
        // the control: the same path through the CLI accepts a good problem, exit 0 and a summary on stdout
        Path good = dir.resolve("good.sl");
        Files.writeString(good, "(set-logic LIA)\n(synth-fun f ((x Int)) Int)\n(declare-var x Int)\n"
                + "(constraint (>= (f x) x))\n(check-synth)\n");
        Outcome o = parse(good);
        assertEquals(0, o.exitCode(), o.err());
        assertEquals("", o.err());
        assertTrue(o.out().startsWith("good.sl: logic LIA; synth-fun f (1 param) -> Int, no grammar"), o.out());
    }
}
