package org.neurocegis.neural;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.neurocegis.cegis.Cegis;
import org.neurocegis.cegis.Guidance;
import org.neurocegis.cegis.Outcome;
import org.neurocegis.cegis.Stats;
import org.neurocegis.sexpr.ParseException;
import org.neurocegis.sygus.Problem;
import org.neurocegis.sygus.SygusParser;
import org.neurocegis.sygus.SygusPrinter;
import org.neurocegis.verify.SolutionChecker;

/**
 * The learned proposer on a family it never saw in training ({@code sygus-benchmarks/neural-unseen/}; that the
 * training data leaves it out is {@link ManifestTest}'s check): bit-twiddling problems by example whose solutions
 * are small Hacker's Delight terms. Each is solved with uniform weights and with the shipped model (as by default, no adaptation; no
 * fallback to uniform, so that the model itself is measured), and the search effort (terms generated) compared.
 *
 * <p>These files are also golden problems ({@code ; EXPECT: solved}), run by {@code GoldenBenchmarksTest} with the
 * solver's default proposer.
 */
class NeuralFamilyTest {
    private static final Path FAMILY = Path.of(ManifestTest.UNSEEN);
    private static final long TIMEOUT_MILLIS = 20_000;
    private static final Pattern REFERENCE = Pattern.compile("^; REFERENCE: (.+)$", Pattern.MULTILINE);
    /** The geometric mean of terms(neural) / terms(uniform) must be below this... */
    private static final double MAX_GEOMETRIC_MEAN = 1.0;
    /** ...and no single problem's ratio above this. */
    private static final double MAX_RATIO = 4.0;

    private static List<Path> problems() throws IOException {
        try (Stream<Path> s = Files.list(FAMILY)) {
            return s.filter(p -> p.toString().endsWith(".sl")).sorted().toList();
        }
    }

    @Test
    void theFamilyHasSixToTenProblems() throws IOException {
        int n = problems().size();
        assertTrue(n >= 6 && n <= 10, n + " problems under " + FAMILY);
    }

    /** Each file names the term its examples were computed from; Z3 checks that the examples agree with it. */
    @Test
    void theExamplesAgreeWithTheReferenceSolution() throws IOException, ParseException {
        for (Path file : problems()) {
            String text = Files.readString(file);
            assertTrue(text.startsWith("; EXPECT: solved\n"), file + ": a golden problem expected to be solved");
            Matcher m = REFERENCE.matcher(text);
            assertTrue(m.find(), file + " has no '; REFERENCE: (define-fun ...)' line");
            SolutionChecker.Verdict v = SolutionChecker.check(SygusParser.parse(text), m.group(1), 10_000);
            assertEquals(SolutionChecker.Status.SOLVED, v.status(), file + ": reference " + m.group(1) + ": " + v.detail());
        }
    }

    private record Run(String problem, long uniform, long neural) {
        double ratio() {
            return Math.max(1, neural) / (double) Math.max(1, uniform);
        }
    }

    @Test
    void theModelSearchesLessThanUniformWeightsOnAnUnseenFamily() throws IOException, ParseException {
        List<Run> runs = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Path file : problems()) {
            String text = Files.readString(file);
            String name = FAMILY.relativize(file).toString();
            Stats uniform = new Stats();
            String u = solve(text, new Guidance(new UniformProposer(), false, false, 1.0), uniform);
            Stats neural = new Stats();
            String n = solve(text, new Guidance(new NeuralProposer(null, null), false, false, 1.0), neural);
            if (u != null) failures.add(name + ", uniform: " + u);
            if (n != null) failures.add(name + ", neural: " + n);
            runs.add(new Run(name, uniform.termsGenerated, neural.termsGenerated));
        }
        double logSum = 0, worst = 0;
        String worstName = "";
        StringBuilder table = new StringBuilder();
        table.append(String.format(Locale.ROOT, "%-34s %12s %12s %9s%n", "problem", "uniform", "neural", "ratio"));
        for (Run r : runs) {
            double ratio = r.ratio();
            logSum += Math.log(ratio);
            if (ratio > worst) {
                worst = ratio;
                worstName = r.problem;
            }
            table.append(String.format(Locale.ROOT, "%-34s %12d %12d %9.3f%n", r.problem, r.uniform, r.neural, ratio));
        }
        double geometricMean = Math.exp(logSum / runs.size());
        table.append(String.format(Locale.ROOT, "%-34s %12s %12s %9.3f%n", "geometric mean", "", "", geometricMean));
        System.out.println("NeuralFamilyTest: terms generated, shipped model (default: no adaptation; no fallback) vs uniform weights\n" + table);
        assertTrue(failures.isEmpty(), "not solved:\n" + String.join("\n", failures) + "\n" + table);
        assertTrue(geometricMean < MAX_GEOMETRIC_MEAN, String.format(Locale.ROOT,
                "geometric mean of terms(neural) / terms(uniform) %.3f, not below %.1f%n%s", geometricMean, MAX_GEOMETRIC_MEAN, table));
        assertTrue(worst <= MAX_RATIO, String.format(Locale.ROOT,
                "%s: the model generates %.2f times the terms of uniform weights (at most %.0f allowed)%n%s",
                worstName, worst, MAX_RATIO, table));
    }

    /** Solves and checks the answer with Z3 from its text; returns why not, or null. */
    private static String solve(String text, Guidance guidance, Stats stats) throws ParseException {
        Problem p = SygusParser.parse(text);
        Outcome outcome = Cegis.solve(p, new Cegis.Options(TIMEOUT_MILLIS, 0, guidance, 1, null), stats);
        if (!(outcome instanceof Outcome.Solved solved)) return "not solved: " + outcome;
        String printed = SygusPrinter.solution(solved.solutions());
        SolutionChecker.Verdict v = SolutionChecker.check(SygusParser.parse(text), printed, 10_000);
        return v.status() == SolutionChecker.Status.SOLVED ? null : printed + " judged " + v.status() + ": " + v.detail();
    }
}
