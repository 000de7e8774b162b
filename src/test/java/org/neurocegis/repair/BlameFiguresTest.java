package org.neurocegis.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.neurocegis.sexpr.Position;
import org.neurocegis.sygus.Candidate;
import org.neurocegis.sygus.Problem;
import org.neurocegis.sygus.SygusParser;
import org.neurocegis.term.FunctionDefinition;
import org.neurocegis.term.Terms;
import org.neurocegis.verify.CandidateVerifier;
import org.neurocegis.verify.SolutionChecker;

/**
 * The README's blame figures, over the refutable single mutants of {@code sygus-benchmarks/verify-hd/}: how often the
 * top-ranked position (and one of the top three) lies in the mutated sub-term, how often the top one carries a proved
 * repair, and the time of verify and of blame (median and 95th percentile) at 32 and 64 bits. Every printed repair
 * is re-proved by the independent check. Slow (minutes), so it runs on request:
 * {@code scripts/blame-figures} (or {@code -Dblame.figures=true}); {@link BlameTest} keeps a quick check in the suite.
 */
@EnabledIfSystemProperty(named = "blame.figures", matches = "true")
class BlameFiguresTest {
    static final Path ROOT = Path.of("sygus-benchmarks", "verify-hd");
    static final Pattern MUTATED = Pattern.compile("^; MUTATED: (\\d+):(\\d+) (\\S+)$", Pattern.MULTILINE);
    static final Pattern PROBLEM = Pattern.compile("^; PROBLEM: (\\S+)$", Pattern.MULTILINE);

    /** One mutant's outcome. */
    record Row(String file, int width, boolean top1, boolean top3, boolean repaired, double verifySeconds, double blameSeconds) {}

    /** Verifies and blames one refutable mutant; null when the file is not one. */
    static Row run(Path file, int timeoutMillis) throws Exception {
        String text = Files.readString(file);
        Matcher m = MUTATED.matcher(text);
        Matcher p = PROBLEM.matcher(text);
        if (!m.find() || !p.find() || !text.contains("; EXPECT: counterexample")) return null;
        Problem problem = SygusParser.parse(Files.readString(ROOT.resolve(p.group(1))));
        Candidate candidate = SygusParser.parseCandidate(problem, text);
        String f = problem.synthFuns().get(0).name();
        FunctionDefinition def = candidate.functions().get(f);
        Position mutated = new Position(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        List<Integer> mutatedPath = null;
        for (List<Integer> path : Terms.paths(def.body())) {
            if (candidate.position(f, path).equals(mutated)) mutatedPath = path;
        }
        assertNotNull(mutatedPath, file + ": no sub-term at " + mutated);
        long t0 = System.nanoTime();
        CandidateVerifier.Report report = CandidateVerifier.verify(problem, candidate.functions(),
                new CandidateVerifier.Options(timeoutMillis, 4, 20_000, 1));
        long t1 = System.nanoTime();
        assertTrue(report.verdict() instanceof CandidateVerifier.Verdict.Refuted, file + ": " + report.verdict());
        Blame.Result result = Blame.rank(problem, candidate.functions(),
                ((CandidateVerifier.Verdict.Refuted) report.verdict()).counterexamples(), new Blame.Options(timeoutMillis));
        long t2 = System.nanoTime();
        boolean top1 = false, top3 = false;
        for (int i = 0; i < Math.min(3, result.ranked().size()); i++) {
            Blame.Suspect s = result.ranked().get(i);
            boolean inside = s.path().size() >= mutatedPath.size() && s.path().subList(0, mutatedPath.size()).equals(mutatedPath);
            if (inside && i == 0) top1 = true;
            if (inside) top3 = true;
            if (s.repair().isPresent()) {
                String answer = s.repair().get().repaired().toDefineFun();
                SolutionChecker.Verdict v = SolutionChecker.check(problem, answer, 60_000);
                assertEquals(SolutionChecker.Status.SOLVED, v.status(), file + ": repair " + answer + " judged " + v.detail());
            }
        }
        boolean repaired = !result.ranked().isEmpty() && result.ranked().get(0).repair().isPresent();
        int width = file.getFileName().toString().contains("-64.") ? 64 : 32;
        return new Row(file.getFileName().toString(), width, top1, top3, repaired, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
    }

    static List<Path> mutants() throws IOException {
        try (Stream<Path> files = Files.list(ROOT)) {
            return files.filter(x -> x.toString().contains(".mutant-")).sorted().toList();
        }
    }

    @Test
    void blameFigures() throws Exception {
        List<Row> rows = new ArrayList<>();
        for (Path file : mutants()) {
            Row r = run(file, 10_000);
            if (r != null) {
                rows.add(r);
                System.out.printf(Locale.ROOT, "%-55s top1=%s top3=%s repaired=%s verify=%.2fs blame=%.2fs%n",
                        r.file(), r.top1(), r.top3(), r.repaired(), r.verifySeconds(), r.blameSeconds());
            }
        }
        StringBuilder report = new StringBuilder();
        for (int w : new int[] {32, 64}) {
            List<Row> at = rows.stream().filter(r -> r.width() == w).toList();
            report.append(String.format(Locale.ROOT,
                    "%d bits: %d mutants; top-1 %.1f%%, top-3 %.1f%%, top-1 with a proved repair %.1f%%; "
                            + "verify median %.2f s, p95 %.2f s; blame median %.2f s, p95 %.2f s%n",
                    w, at.size(), percent(at, Row::top1), percent(at, Row::top3), percent(at, Row::repaired),
                    quantile(at.stream().map(Row::verifySeconds).toList(), 0.5),
                    quantile(at.stream().map(Row::verifySeconds).toList(), 0.95),
                    quantile(at.stream().map(Row::blameSeconds).toList(), 0.5),
                    quantile(at.stream().map(Row::blameSeconds).toList(), 0.95)));
        }
        System.out.print(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "blame-figures.txt"), report.toString());
        assertTrue(percent(rows, Row::top1) >= 90, report.toString());
        assertTrue(percent(rows, Row::top3) >= 98, report.toString());
        assertTrue(percent(rows, Row::repaired) >= 85, report.toString());
    }

    static double percent(List<Row> rows, java.util.function.Predicate<Row> p) {
        return rows.isEmpty() ? 0 : 100.0 * rows.stream().filter(p).count() / rows.size();
    }

    static double quantile(List<Double> values, double q) {
        if (values.isEmpty()) return 0;
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1));
    }
}
