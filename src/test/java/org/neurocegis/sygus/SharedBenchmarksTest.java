package org.neurocegis.sygus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import org.neurocegis.sexpr.ParseException;

/**
 * Every public benchmark in {@code ../shared/sygus/} parses and sort-checks, and printing it then parsing the print
 * gives back an equal {@link Problem} (records compare structurally). Skipped where the folder is absent.
 */
class SharedBenchmarksTest {
    private static final Path SHARED = Path.of(System.getProperty("user.dir")).resolve("../shared/sygus").normalize();

    @TestFactory
    Stream<DynamicTest> everySharedBenchmarkParsesAndRoundTrips() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(SHARED), "no shared benchmarks at " + SHARED);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SHARED)) {
            files = walk.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".sl")).sorted().toList();
        }
        assertFalse(files.isEmpty(), "no .sl files under " + SHARED);
        return files.stream().map(f -> DynamicTest.dynamicTest(SHARED.relativize(f).toString(), () -> roundTrip(f)));
    }

    private static void roundTrip(Path file) throws IOException {
        String text = Files.readString(file);
        Problem parsed = parse(text, file + " (original)");
        String printed = SygusPrinter.print(parsed);
        Problem reparsed = parse(printed, file + " (printed)\n" + printed);
        assertEquals(parsed, reparsed, () -> file + ": printing then parsing changed the problem; printed:\n" + printed);
        // printing is stable: the print of the reparsed problem is the same text
        assertEquals(printed, SygusPrinter.print(reparsed), file + ": printing is not stable");
    }

    private static Problem parse(String text, String what) {
        try {
            return SygusParser.parse(text);
        } catch (ParseException e) {
            return fail(what + ":" + e.position() + ": " + e.detail());
        }
    }
}
