package org.neurocegis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs {@code neurocegis verify} on every candidate of {@code sygus-benchmarks/verify-hd/} (Hacker's Delight programs:
 * correct ones, equivalent rewrites and single mutants at 32 and 64 bits, written by scripts/gen-verify-hd.py with
 * verdicts from its own evaluator) and holds it to the {@code ; EXPECT:} header: proved (exit 0), counterexample
 * (exit 1) or unknown (exit 4); at 64 bits, a correct program that multiplies or divides may be proved or unknown
 * (Z3's limit of 10 s a check; the definition of done allows it). Last, the shrunk counterexamples of the mutants must have a median of at most 2 set
 * input bits.
 */
class VerifyGoldenTest {
    static final Path ROOT = Path.of("sygus-benchmarks", "verify-hd");
    private static final Pattern PROBLEM = Pattern.compile("^; PROBLEM: (\\S+)$", Pattern.MULTILINE);
    private static final Pattern EXPECT = Pattern.compile("^; EXPECT: (proved|counterexample|unknown|proved-or-unknown)$", Pattern.MULTILINE);
    private static final Pattern INPUT = Pattern.compile("^  \\S+ = #x([0-9a-f]+) \\(unsigned", Pattern.MULTILINE);
    private static final Map<String, Integer> EXIT = Map.of("proved", 0, "counterexample", 1, "unknown", 4);

    static List<Path> candidates() throws IOException {
        try (Stream<Path> files = Files.list(ROOT)) {
            return files.filter(p -> p.toString().endsWith(".fun")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCandidateGetsItsVerdict() throws IOException {
        List<Path> files = candidates();
        assertTrue(files.size() >= 200, "expected the candidates under " + ROOT.toAbsolutePath());
        List<Integer> setBits = Collections.synchronizedList(new ArrayList<>());
        Stream<DynamicTest> each = files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            String text = Files.readString(f);
            Matcher problem = PROBLEM.matcher(text);
            Matcher expect = EXPECT.matcher(text);
            assertTrue(problem.find() && expect.find(), f + " lacks its headers");
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Main.run(new PrintWriter(out), new PrintWriter(err), "verify", "--tests", "20000", ROOT.resolve(problem.group(1)).toString(), f.toString());
            if (expect.group(1).equals("proved-or-unknown")) {
                assertTrue(code == 0 || code == 4, f + ": verify said: " + out + err);
            } else {
                assertEquals(EXIT.get(expect.group(1)), code, f + ": verify said: " + out + err);
            }
            if (code == 1 && f.toString().contains(".mutant-")) {
                Matcher in = INPUT.matcher(out.toString());
                int bits = 0;
                while (in.find()) bits += new BigInteger(in.group(1), 16).bitCount();
                setBits.add(bits);
            }
        }));
        DynamicTest median = DynamicTest.dynamicTest("shrunk counterexamples: median set input bits <= 2", () -> {
            assertTrue(setBits.size() >= 100, "counterexamples seen: " + setBits.size());
            List<Integer> sorted = new ArrayList<>(setBits);
            Collections.sort(sorted);
            int m = sorted.get(sorted.size() / 2);
            assertTrue(m <= 2, "median " + m + " over " + sorted);
        });
        return Stream.concat(each, Stream.of(median));
    }
}
