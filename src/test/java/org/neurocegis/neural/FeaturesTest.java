package org.neurocegis.neural;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.neurocegis.search.DefaultGrammar;
import org.neurocegis.search.Examples;
import org.neurocegis.sexpr.ParseException;
import org.neurocegis.sygus.Grammar;
import org.neurocegis.sygus.Problem;
import org.neurocegis.sygus.SygusParser;
import org.neurocegis.sygus.SynthFun;
import org.neurocegis.term.Value;

/**
 * The model's inputs for a few fixed problems and examples, against committed vectors
 * ({@code src/test/resources/neural/features-golden.txt}).
 *
 * <p>The shipped model was trained on exactly these columns. If this test fails because the features changed on
 * purpose, the change needs {@link Features#VERSION} bumped and the model retrained ({@code scripts/train-proposer});
 * then regenerate the golden file with {@code mvn -B -o verify -Dtest=FeaturesTest -Dneurocegis.regenerate} (or
 * {@code -Dneurocegis.regenerate=true}) and review its diff. A change of the vectors without a new version and model
 * means the model is fed columns it was not trained on.
 */
class FeaturesTest {
    private static final Path GOLDEN = Path.of("src", "test", "resources", "neural", "features-golden.txt");
    private static final double TOLERANCE = 1e-6;

    private record Case(String name, Problem problem, SynthFun f, Grammar grammar, Examples examples) {
        float[] problemVector() {
            return Features.problem(problem, f, examples);
        }

        float[][] productionRows() {
            return Features.productions(grammar, f, problem.definitionsByName());
        }
    }

    private static Case fromFile(String name, String path, Examples examples) throws IOException, ParseException {
        return of(name, Files.readString(Path.of(path)), examples);
    }

    private static Case of(String name, String text, Examples examples) throws ParseException {
        Problem p = SygusParser.parse(text);
        SynthFun f = p.synthFuns().get(0);
        Grammar g = f.grammar().orElseGet(() -> DefaultGrammar.of(f));
        return new Case(name, p, f, g, examples);
    }

    private static Value bv(int width, long bits) {
        return Value.BitVecValue.of(width, bits);
    }

    private static Value integer(long i) {
        return new Value.IntValue(java.math.BigInteger.valueOf(i));
    }

    private static List<List<Value>> unary(Value... xs) {
        List<List<Value>> in = new ArrayList<>();
        for (Value x : xs) in.add(List.of(x));
        return in;
    }

    /** The fixed problems and examples. */
    private static List<Case> cases() throws IOException, ParseException {
        List<Case> cases = new ArrayList<>();
        // programming by example over bit-vectors, with a grammar: the examples of the file itself
        long[][] shiftXor = {{0x01, 0x03}, {0x02, 0x06}, {0x03, 0x05}, {0x80, 0x80}, {0x55, 0xff}, {0x0f, 0x11}, {0xc3, 0x45}};
        List<List<Value>> in = new ArrayList<>();
        List<Value> out = new ArrayList<>();
        for (long[] e : shiftXor) {
            in.add(List.of(bv(8, e[0])));
            out.add(bv(8, e[1]));
        }
        cases.add(fromFile("pbe-shift-xor", "sygus-benchmarks/golden-bv/pbe-shift-xor.sl", new Examples(in, out)));
        // LIA with relational constraints and no grammar (the default one): the outputs are not fixed
        List<List<Value>> pairs = List.of(List.of(integer(0), integer(0)), List.of(integer(3), integer(-2)),
                List.of(integer(-5), integer(7)), List.of(integer(100), integer(100)));
        cases.add(fromFile("max2", "sygus-benchmarks/golden-lia/max2.sl",
                new Examples(pairs, Arrays.asList(null, null, null, null))));
        // a grammar and a reference define-fun: outputs fixed by the reference (the lowest set bit)
        long[] xs = {0x0001, 0x0058, 0x8000, 0x0000, 0xfff0, 0x0006};
        List<Value> lowest = new ArrayList<>();
        Value[] xv = new Value[xs.length];
        for (int i = 0; i < xs.length; i++) {
            xv[i] = bv(16, xs[i]);
            lowest.add(bv(16, xs[i] & -xs[i]));
        }
        cases.add(fromFile("lowest-set-bit", "sygus-benchmarks/golden-bv/lowest-set-bit.sl", new Examples(unary(xv), lowest)));
        // a grammar and a chain of define-funs that call f: nothing fixes f's output
        cases.add(fromFile("lia-definition-chain", "sygus-benchmarks/golden-sound/lia-definition-chain.sl",
                new Examples(unary(integer(0), integer(-4), integer(9)), Arrays.asList(null, null, null))));
        // a grammar whose productions call a defined function (described by its body)
        cases.add(of("grammar-calls-definition", """
                (set-logic BV)
                (define-fun lowest ((a (_ BitVec 8))) (_ BitVec 8) (bvand a (bvneg a)))
                (synth-fun f ((x (_ BitVec 8)) (y (_ BitVec 8))) (_ BitVec 8)
                  ((Start (_ BitVec 8)) (C (_ BitVec 8)))
                  ((Start (_ BitVec 8) (x y (lowest Start) (bvxor Start Start) (bvadd Start C)))
                   (C (_ BitVec 8) (#x00 #x01 #xff #x0f))))
                (declare-var x (_ BitVec 8))
                (declare-var y (_ BitVec 8))
                (constraint (= (f x y) (bvxor (lowest x) y)))
                (check-synth)
                """, new Examples(List.of(List.of(bv(8, 0x0c), bv(8, 0x01)), List.of(bv(8, 0x30), bv(8, 0xff))),
                List.of(bv(8, 0x05), bv(8, 0xef)))));
        return cases;
    }

    // ---- the golden file ----

    @Test
    void featuresEqualTheCommittedVectors() throws IOException, ParseException {
        List<String> lines = render(cases());
        if (System.getProperty("neurocegis.regenerate") != null) {
            Files.write(GOLDEN, lines, StandardCharsets.UTF_8);
            System.out.println("FeaturesTest: wrote " + GOLDEN.toAbsolutePath());
            return;
        }
        assertTrue(Files.isRegularFile(GOLDEN), "missing " + GOLDEN.toAbsolutePath() + " (run with -Dneurocegis.regenerate)");
        Map<String, Double> expected = entries(Files.readAllLines(GOLDEN, StandardCharsets.UTF_8));
        Map<String, Double> actual = entries(lines);
        List<String> differences = new ArrayList<>();
        Set<String> keys = new HashSet<>(expected.keySet());
        keys.addAll(actual.keySet());
        for (String k : keys.stream().sorted().toList()) {
            double e = expected.getOrDefault(k, 0.0), a = actual.getOrDefault(k, 0.0);
            if (!(Math.abs(e - a) <= TOLERANCE)) differences.add(k + ": golden " + e + ", computed " + a);
        }
        assertTrue(differences.isEmpty(), differences.size() + " feature values differ from " + GOLDEN
                + " (a change of the features needs Features.VERSION bumped and the model retrained):\n"
                + String.join("\n", differences.subList(0, Math.min(40, differences.size()))));
    }

    /**
     * One line per non-zero value: {@code CASE problem COLUMN VALUE}, {@code CASE production K NT/J COLUMN VALUE},
     * and {@code CASE productions COUNT} (every column absent from the file is 0).
     */
    private static List<String> render(List<Case> cases) {
        List<String> qn = Features.problemNames(), pn = Features.productionNames();
        List<String> lines = new ArrayList<>();
        lines.add("# Generated by FeaturesTest with -Dneurocegis.regenerate: Features.problem and Features.productions");
        lines.add("# for fixed problems and examples, one line per non-zero value. Feature version " + Features.VERSION
                + ", hash " + Features.hash() + ".");
        lines.add("# A change here needs Features.VERSION bumped and the model retrained (scripts/train-proposer).");
        for (Case c : cases) {
            float[] q = c.problemVector();
            for (int i = 0; i < q.length; i++) if (q[i] != 0) lines.add(c.name + " problem " + qn.get(i) + " " + q[i]);
            float[][] rows = c.productionRows();
            lines.add(c.name + " productions " + rows.length);
            int[] nt = Features.nonTerminalOfProductions(c.grammar);
            for (int k = 0; k < rows.length; k++)
                for (int j = 0; j < rows[k].length; j++)
                    if (rows[k][j] != 0) lines.add(c.name + " production " + k + " nt" + nt[k] + " " + pn.get(j) + " " + rows[k][j]);
        }
        return lines;
    }

    private static Map<String, Double> entries(List<String> lines) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) continue;
            int at = line.lastIndexOf(' ');
            if (out.put(line.substring(0, at), Double.parseDouble(line.substring(at + 1))) != null)
                fail("duplicate line in " + GOLDEN + ": " + line);
        }
        return out;
    }

    // ---- semantics ----

    private static final String BV8 = "(set-logic BV)(synth-fun f ((x (_ BitVec 8))) (_ BitVec 8))"
            + "(declare-var x (_ BitVec 8))(constraint (= (f x) x))(check-synth)";

    private static float column(float[] v, String name) {
        int i = Features.problemNames().indexOf(name);
        assertTrue(i >= 0, "no column " + name);
        return v[i];
    }

    private static float[] bv8Problem(long[] xs, java.util.function.LongUnaryOperator output) throws ParseException {
        Value[] in = new Value[xs.length];
        List<Value> out = new ArrayList<>();
        for (int i = 0; i < xs.length; i++) {
            in[i] = bv(8, xs[i]);
            out.add(bv(8, output.applyAsLong(xs[i]) & 0xff));
        }
        Case c = of("bv8", BV8, new Examples(unary(in), out));
        return c.problemVector();
    }

    private static final long[] XS = {0x01, 0x06, 0x58, 0x80, 0xff, 0x3c, 0x11, 0xa0};

    @Test
    void clearingTheLowestSetBitEverywhereIsAll() throws ParseException {
        float[] v = bv8Problem(XS, x -> x & (x - 1));
        assertEquals(1f, column(v, "ex.bv_clear_lowest_x.all"));
        assertEquals(0f, column(v, "ex.bv_clear_lowest_x.none"));
        assertEquals(0f, column(v, "ex.bv_clear_lowest_x.mixed"));
        assertEquals(0f, column(v, "ex.bv_clear_lowest_x.na"));
        assertEquals(1f, column(v, "spec.outputs_fixed"));
        // x & (x - 1) is a subset of x's bits
        assertEquals(1f, column(v, "ex.bv_subset_x.all"));
    }

    @Test
    void clearingTheLowestSetBitNowhereIsNone() throws ParseException {
        // x + 1 differs from x & (x - 1) for every x (their low bits differ where x is even; for odd x, x & (x - 1)
        // is x - 1, never x + 1 on 8 bits)
        float[] v = bv8Problem(XS, x -> x + 1);
        assertEquals(1f, column(v, "ex.bv_clear_lowest_x.none"));
        assertEquals(0f, column(v, "ex.bv_clear_lowest_x.all"));
        assertEquals(1f, column(v, "ex.bv_inc_x.all"));
    }

    @Test
    void clearingTheLowestSetBitSomewhereIsMixed() throws ParseException {
        float[] v = bv8Problem(XS, x -> x == 0x58 ? x & (x - 1) : x + 1);
        assertEquals(1f, column(v, "ex.bv_clear_lowest_x.mixed"));
    }

    @Test
    void withoutFixedOutputsTheSignaturesAreNotApplicable() throws ParseException {
        Value[] in = {bv(8, 1), bv(8, 2)};
        float[] v = of("bv8", BV8, new Examples(unary(in), Arrays.asList(null, null))).problemVector();
        assertEquals(1f, column(v, "ex.bv_clear_lowest_x.na"));
        assertEquals(0f, column(v, "spec.outputs_fixed"));
        // integer properties never apply to a bit-vector function
        v = bv8Problem(XS, x -> x);
        assertEquals(1f, column(v, "ex.int_eq_x.na"));
        assertEquals(1f, column(v, "ex.bv_eq_x.all"));
    }

    @Test
    void columnCountsEqualTheNames() throws IOException, ParseException {
        int qn = Features.problemNames().size(), pn = Features.productionNames().size();
        assertEquals(qn, new HashSet<>(Features.problemNames()).size(), "problem column names are distinct");
        assertEquals(pn, new HashSet<>(Features.productionNames()).size(), "production column names are distinct");
        for (Case c : cases()) {
            assertEquals(qn, c.problemVector().length, c.name);
            float[][] rows = c.productionRows();
            assertEquals(c.grammar.productionCount(), rows.length, c.name);
            assertEquals(rows.length, Features.nonTerminalOfProductions(c.grammar).length, c.name);
            for (float[] row : rows) assertEquals(pn, row.length, c.name);
        }
    }

    @Test
    void theFourReductionsOfEveryPropertyAreOneHot() throws IOException, ParseException {
        List<String> names = Features.problemNames();
        List<float[]> vectors = new ArrayList<>();
        for (Case c : cases()) vectors.add(c.problemVector());
        vectors.add(bv8Problem(XS, x -> x & (x - 1)));
        vectors.add(bv8Problem(XS, x -> x + 1));
        int properties = 0;
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i);
            if (!n.startsWith("ex.") || !n.endsWith(".all")) continue;
            String p = n.substring(0, n.length() - ".all".length());
            properties++;
            int base = i;
            assertEquals(List.of(p + ".all", p + ".none", p + ".mixed", p + ".na"), names.subList(base, base + 4));
            for (float[] v : vectors) {
                float sum = 0;
                for (int k = 0; k < 4; k++) {
                    assertTrue(v[base + k] == 0f || v[base + k] == 1f, p + " is 0 or 1");
                    sum += v[base + k];
                }
                assertEquals(1f, sum, p + ": exactly one of all/none/mixed/na");
            }
        }
        assertEquals(Property.SIGNATURES.size(), properties);
        assertFalse(vectors.isEmpty());
    }

    @Test
    void theHashFollowsTheColumnsAndTheVersion() {
        assertEquals(64, Features.hash().length());
        assertEquals(Features.hash(), Features.hash());
    }
}
