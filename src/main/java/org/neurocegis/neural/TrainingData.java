package org.neurocegis.neural;

import java.io.BufferedWriter;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.neurocegis.search.CompiledGrammar;
import org.neurocegis.search.ConstantPool;
import org.neurocegis.search.DefaultGrammar;
import org.neurocegis.search.Enumerator;
import org.neurocegis.search.Examples;
import org.neurocegis.search.Weights;
import org.neurocegis.sexpr.ParseException;
import org.neurocegis.sygus.Grammar;
import org.neurocegis.sygus.NonTerminal;
import org.neurocegis.sygus.Problem;
import org.neurocegis.sygus.SygusParser;
import org.neurocegis.sygus.SynthFun;
import org.neurocegis.term.Op;
import org.neurocegis.term.Sort;
import org.neurocegis.term.Term;
import org.neurocegis.term.TermPrinter;
import org.neurocegis.term.Terms;
import org.neurocegis.term.Value;

/**
 * Training data for the proposer, generated here: for each grammar family (a problem file's grammar, or the default
 * grammar of a signature), draw example inputs (random, small and edge values), enumerate the grammar on them by
 * size with observational equivalence (so every term in the bank has no cheaper equivalent on those inputs), pick
 * target programs from the bank, and describe each as a problem (its outputs as examples, or the target as a
 * reference implementation, or the family's own constraints with the outputs hidden). The label of a sample is the
 * derivation of its target: how often each production occurs.
 *
 * <p>Written to a folder: {@code productions.f32} (every family's descriptors, row-major little-endian floats),
 * {@code families.tsv}, {@code problems.f32} (one problem vector per sample), {@code labels.i32} (per sample, one
 * count per production of its family), {@code samples.tsv}, {@code manifest.tsv} (every file read, with its
 * SHA-256), and {@code columns.txt}.
 */
public final class TrainingData {
    /** Samples per family and draw of inputs, draws per family, and the largest bank enumerated per draw. */
    private static final int SAMPLES_PER_DRAW = 12;
    private static final int DRAWS = 10;
    private static final int MAX_BANK = 30_000;
    private static final int MAX_LEVEL = 10;
    /**
     * Targets larger than the bank, composed from its terms, per draw, and the largest composed cost: the problems
     * the proposer must help with need programs of size 12-20, which no bank of this size reaches.
     */
    private static final int COMPOSED_PER_DRAW = 12;
    private static final int MAX_COMPOSED = 28;
    private static final int COMPOSE_TRIES = 30;

    private final Random random;
    private final List<String> familyLines = new ArrayList<>();
    private final List<String> sampleLines = new ArrayList<>();
    private final List<String> manifest = new ArrayList<>();
    private final DataOutputStream productionsOut, problemsOut, labelsOut;
    private int productionRows;
    private int samples;

    private TrainingData(Path out, long seed) throws IOException {
        this.random = new Random(seed);
        Files.createDirectories(out);
        productionsOut = stream(out.resolve("productions.f32"));
        problemsOut = stream(out.resolve("problems.f32"));
        labelsOut = stream(out.resolve("labels.i32"));
    }

    private static DataOutputStream stream(Path p) throws IOException {
        return new DataOutputStream(new java.io.BufferedOutputStream(Files.newOutputStream(p), 1 << 16));
    }

    /**
     * Generates the data from the problem files given (each a family) and from default grammars of a few
     * signatures. Returns the number of samples.
     */
    public static int generate(List<Path> problemFiles, Path out, long seed) throws IOException {
        TrainingData data = new TrainingData(out, seed);
        try {
            for (Path file : problemFiles) data.family(file);
            for (Problem synthetic : DefaultFamilies.all()) data.family(synthetic, "default:" + DefaultFamilies.name(synthetic));
        } finally {
            data.productionsOut.close();
            data.problemsOut.close();
            data.labelsOut.close();
        }
        Files.write(out.resolve("families.tsv"), data.familyLines, StandardCharsets.UTF_8);
        Files.write(out.resolve("samples.tsv"), data.sampleLines, StandardCharsets.UTF_8);
        Files.write(out.resolve("manifest.tsv"), data.manifest, StandardCharsets.UTF_8);
        List<String> columns = new ArrayList<>();
        columns.add("# feature version " + Features.VERSION + " hash " + Features.hash());
        for (String n : Features.problemNames()) columns.add("problem\t" + n);
        for (String n : Features.productionNames()) columns.add("production\t" + n);
        Files.write(out.resolve("columns.txt"), columns, StandardCharsets.UTF_8);
        return data.samples;
    }

    private void family(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        manifest.add(file.toString() + "\t" + sha256(bytes));
        Problem problem;
        try {
            problem = SygusParser.parse(new String(bytes, StandardCharsets.UTF_8));
        } catch (ParseException | RuntimeException e) {
            return;
        }
        family(problem, file.toString());
    }

    private void family(Problem problem, String name) throws IOException {
        if (problem.synthFuns().size() != 1) return;
        SynthFun f = problem.synthFuns().get(0);
        if (f.invariant()) return;
        for (Term.Var p : f.params()) if (p.sort() instanceof Sort.BitVecSort bv && bv.width() > 64) return;
        if (f.returnSort() instanceof Sort.BitVecSort bv && bv.width() > 64) return;
        Grammar grammar = f.grammar().orElseGet(() -> DefaultGrammar.of(f));
        var defs = problem.definitionsByName();
        int familyId = familyLines.size();
        int offset = productionRows;
        float[][] productions = Features.productions(grammar, f, defs);
        for (float[] row : productions) writeFloats(productionsOut, row);
        productionRows += productions.length;
        int[] ntOf = Features.nonTerminalOfProductions(grammar);
        StringBuilder nts = new StringBuilder();
        for (int k = 0; k < ntOf.length; k++) nts.append(k == 0 ? "" : ",").append(ntOf[k]);
        familyLines.add(familyId + "\t" + name + "\t" + offset + "\t" + productions.length + "\t" + nts);
        CompiledGrammar compiled = new CompiledGrammar(grammar, f.params(), defs, Weights.uniform(grammar).costs(),
                ConstantPool.of(problem, grammar));
        for (int draw = 0; draw < DRAWS; draw++) {
            int m = 4 + random.nextInt(21);
            List<List<Value>> inputs = new ArrayList<>();
            long[][] encoded = new long[m][];
            for (int r = 0; r < m; r++) {
                List<Value> tuple = new ArrayList<>();
                encoded[r] = new long[f.params().size()];
                for (int j = 0; j < f.params().size(); j++) {
                    Value v = sample(f.params().get(j).sort(), random);
                    tuple.add(v);
                    encoded[r][j] = Enumerator.encode(v);
                }
                inputs.add(tuple);
            }
            Enumerator e = new Enumerator(compiled, encoded, 1L << 24);
            long stopAt = System.nanoTime() + 2_000_000_000L;
            List<Integer> levels = new ArrayList<>();
            while (e.termCount() < MAX_BANK && e.level() < MAX_LEVEL && System.nanoTime() < stopAt) {
                if (!e.nextLevel((en, nt, id) -> true, stopAt)) break;
                if (e.termsOfCost(0, e.level()).size() > 0) levels.add(e.level());
                if (e.exhausted()) break;
            }
            if (levels.isEmpty()) continue;
            for (int s = 0; s < SAMPLES_PER_DRAW; s++) {
                // sizes uniformly (the bank grows with size: picking terms uniformly would give only the largest)
                int level = levels.get(random.nextInt(levels.size()));
                Enumerator.IntList terms = e.termsOfCost(0, level);
                int id = terms.get(random.nextInt(terms.size()));
                sample(problem, f, grammar, e, id, inputs, familyId, name);
            }
            int bankLevel = levels.get(levels.size() - 1);
            if (e.exhausted() || bankLevel >= MAX_COMPOSED) continue;
            for (int s = 0; s < COMPOSED_PER_DRAW; s++) {
                int size = bankLevel + 1 + random.nextInt(MAX_COMPOSED - bankLevel);
                for (int attempt = 0; attempt < COMPOSE_TRIES; attempt++) {
                    int id = compose(e, 0, size, bankLevel);
                    if (id >= 0) {
                        sample(problem, f, grammar, e, id, inputs, familyId, name);
                        break;
                    }
                }
            }
        }
    }

    /**
     * A random term of non-terminal {@code nt} and the given cost: from the bank when the bank's levels reach it,
     * else a random rule over composed children of random costs adding up. Returns -1 when the draw fails (no term
     * of that cost, undefined somewhere, or equal on the inputs to a term already known: not a new program).
     */
    private int compose(Enumerator e, int nt, int cost, int bankLevel) {
        if (cost <= bankLevel) {
            Enumerator.IntList terms = e.termsOfCost(nt, cost);
            return terms.size() == 0 ? -1 : terms.get(random.nextInt(terms.size()));
        }
        List<CompiledGrammar.Rule> all = e.grammar().rules();
        List<Integer> candidates = new ArrayList<>();
        for (int r = 0; r < all.size(); r++) {
            CompiledGrammar.Rule rule = all.get(r);
            if (rule.nonTerminal() == nt && rule.children().length > 0 && rule.cost() + rule.children().length <= cost)
                candidates.add(r);
        }
        if (candidates.isEmpty()) return -1;
        int r = candidates.get(random.nextInt(candidates.size()));
        int[] kids = all.get(r).children();
        // split the remaining cost into one positive share per child
        int[] shares = new int[kids.length];
        java.util.Arrays.fill(shares, 1);
        for (int left = cost - all.get(r).cost() - kids.length; left > 0; left--) shares[random.nextInt(kids.length)]++;
        int[] children = new int[kids.length];
        for (int k = 0; k < kids.length; k++) {
            children[k] = compose(e, kids[k], shares[k], bankLevel);
            if (children[k] < 0) return -1;
        }
        return e.compose(r, children);
    }

    private void sample(Problem problem, SynthFun f, Grammar grammar, Enumerator e, int id,
                        List<List<Value>> inputs, int familyId, String family) throws IOException {
        Term target = e.term(id);
        List<Value> outputs = new ArrayList<>();
        for (int r = 0; r < inputs.size(); r++) outputs.add(Enumerator.decode(e.value(id, r), f.returnSort()));
        double style = random.nextDouble();
        Problem described;
        Examples examples;
        String styleName;
        if (style < 0.4) {
            styleName = "examples";
            described = withConstraints(problem, List.of(), pbeConstraints(f, inputs, outputs));
            examples = new Examples(inputs, outputs);
        } else if (style < 0.8) {
            styleName = "reference";
            List<Term.Var> vars = new ArrayList<>();
            java.util.Map<String, Term> rename = new java.util.HashMap<>();
            for (Term.Var p : f.params()) {
                Term.Var v = new Term.Var(p.name() + "_v", p.sort());
                vars.add(v);
                rename.put(p.name(), v);
            }
            Term reference = Terms.substitute(target, rename);
            Term call = new Term.Call(f.name(), List.copyOf(vars), f.returnSort());
            described = withConstraints(problem, vars, List.of(Term.app(Op.EQ, call, reference)));
            examples = new Examples(inputs, outputs);
        } else {
            styleName = "hidden";
            described = problem;
            List<Value> none = new ArrayList<>();
            for (int r = 0; r < inputs.size(); r++) none.add(null);
            examples = new Examples(inputs, none);
        }
        writeFloats(problemsOut, Features.problem(described, f, examples));
        int[][] counts = new int[grammar.nonTerminals().size()][];
        for (int i = 0; i < counts.length; i++) counts[i] = new int[grammar.nonTerminals().get(i).productions().size()];
        e.countProductions(id, counts);
        for (int[] row : counts) for (int c : row) labelsOut.writeInt(Integer.reverseBytes(c));
        Set<String> ops = new java.util.TreeSet<>();
        collectOps(target, ops);
        sampleLines.add(samples + "\t" + familyId + "\t" + styleName + "\t" + target.size() + "\t" + e.cost(id) + "\t"
                + String.join(",", ops) + "\t" + TermPrinter.print(target).replace('\t', ' ').replace('\n', ' '));
        samples++;
    }

    private static void collectOps(Term term, Set<String> ops) {
        Terms.forEachSubterm(term, t -> {
            if (t instanceof Term.App a) ops.add(a.op().smtName());
            if (t instanceof Term.Call c) ops.add(c.function());
        });
    }

    private static List<Term> pbeConstraints(SynthFun f, List<List<Value>> inputs, List<Value> outputs) {
        List<Term> cs = new ArrayList<>();
        for (int r = 0; r < inputs.size() && r < 32; r++) {
            List<Term> args = new ArrayList<>();
            for (Value v : inputs.get(r)) args.add(Term.lit(v));
            cs.add(Term.app(Op.EQ, new Term.Call(f.name(), args, f.returnSort()), Term.lit(outputs.get(r))));
        }
        return cs;
    }

    private static Problem withConstraints(Problem p, List<Term.Var> variables, List<Term> constraints) {
        return new Problem(p.logic(), p.settings(), variables, p.definitions(), p.synthFuns(), constraints, List.of(),
                List.of());
    }

    /** Random, small and edge values, independently of any target. */
    static Value sample(Sort s, Random random) {
        if (s instanceof Sort.BitVecSort bv) {
            int w = bv.width();
            long mask = w >= 64 ? -1L : (1L << w) - 1;
            long x = switch (random.nextInt(8)) {
                case 0 -> random.nextInt(17);
                case 1 -> new long[] {0, 1, -1, 1L << (w - 1), (1L << (w - 1)) - 1}[random.nextInt(5)];
                case 2 -> 1L << random.nextInt(w);
                default -> random.nextLong();
            };
            return Value.BitVecValue.of(w, x & mask);
        }
        if (s.equals(Sort.INT)) {
            int k = random.nextInt(4);
            long x = k == 0 ? random.nextInt(5) : k == 1 ? random.nextInt(201) - 100 : random.nextInt(21) - 10;
            return Value.of(BigInteger.valueOf(x));
        }
        return Value.of(random.nextBoolean());
    }

    private static void writeFloats(DataOutputStream out, float[] row) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(4 * row.length).order(ByteOrder.LITTLE_ENDIAN);
        for (float x : row) b.putFloat(x);
        out.write(b.array());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
