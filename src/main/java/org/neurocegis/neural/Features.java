package org.neurocegis.neural;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.neurocegis.search.Examples;
import org.neurocegis.sygus.Grammar;
import org.neurocegis.sygus.NonTerminal;
import org.neurocegis.sygus.Problem;
import org.neurocegis.sygus.Production;
import org.neurocegis.sygus.SynthFun;
import org.neurocegis.term.FunctionDefinition;
import org.neurocegis.term.Op;
import org.neurocegis.term.Sort;
import org.neurocegis.term.Term;
import org.neurocegis.term.Terms;
import org.neurocegis.term.Value;

/**
 * The model's inputs: the problem's features (the specification's syntax and property signatures of the examples,
 * as in BUSTLE), and one descriptor per production of the grammar. The same code computes them for training (the
 * generator) and for inference (the proposer); {@link #problemNames()} and {@link #productionNames()} (hashed into
 * the model's metadata) fix their meaning. The model itself relates the two (which operators of the specification a
 * production uses), so that a grammar's descriptors are computed once for all its training samples.
 */
public final class Features {
    /** Changes whenever the meaning of a column changes; the model records the version it was trained with. */
    public static final int VERSION = 1;

    private static final Op[] OPS = Op.values();

    private Features() {}

    /** The name of every column of the problem's vector, in order. */
    public static List<String> problemNames() {
        List<String> n = new ArrayList<>();
        for (String s : List.of("logic_bv", "logic_int", "logic_other", "ret_bool", "ret_int", "ret_bv", "ret_width",
                "params", "params_bv", "params_int", "params_bool")) n.add("spec." + s);
        for (Op op : OPS) n.add("spec.op." + op.name().toLowerCase());
        for (LiteralClass c : LiteralClass.values()) n.add("spec.lit." + c.name().toLowerCase());
        for (String s : List.of("constraints", "assumes", "invariant", "outputs_fixed", "examples", "defined_functions"))
            n.add("spec." + s);
        for (Property p : Property.SIGNATURES) for (String r : REDUCTIONS) n.add("ex." + p.name() + "." + r);
        return n;
    }

    /** The name of every column of a production's descriptor, in order. */
    public static List<String> productionNames() {
        List<String> n = new ArrayList<>();
        for (String s : List.of("var", "lit", "any_const", "any_var", "app", "call", "other")) n.add("prod.kind." + s);
        for (Op op : OPS) n.add("prod.top." + op.name().toLowerCase());
        for (Op op : OPS) n.add("prod.body." + op.name().toLowerCase());
        for (LiteralClass c : LiteralClass.values()) n.add("prod.lit." + c.name().toLowerCase());
        for (String s : List.of("holes", "size", "sort_bool", "sort_int", "sort_bv", "hole_bool", "hole_int", "hole_bv",
                "param_index", "param_ret_sort", "nt_start", "nt_ret_sort", "nt_productions", "position"))
            n.add("prod." + s);
        return n;
    }

    /** SHA-256 of the column names and version: the model and this code agree on the columns iff it matches. */
    public static String hash() {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update(("v" + VERSION + "\n" + String.join("\n", problemNames()) + "\n\n" + String.join("\n", productionNames()))
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * One descriptor per production of {@code grammar}, non-terminal by non-terminal, in grammar order. They depend
     * on the grammar, the function's signature and the defined functions (described by their bodies), not on the
     * specification or the examples.
     */
    public static float[][] productions(Grammar grammar, SynthFun f, Map<String, FunctionDefinition> definitions) {
        List<float[]> rows = new ArrayList<>();
        for (int i = 0; i < grammar.nonTerminals().size(); i++) {
            NonTerminal nt = grammar.nonTerminals().get(i);
            for (int j = 0; j < nt.productions().size(); j++) {
                float[] row = new float[PRODUCTION_WIDTH];
                production(nt.productions().get(j), i, j, nt, f, definitions, row, 0);
                rows.add(row);
            }
        }
        return rows.toArray(new float[0][]);
    }

    /** The non-terminal of each production, in the order of {@link #productions}. */
    public static int[] nonTerminalOfProductions(Grammar grammar) {
        int[] out = new int[grammar.productionCount()];
        int k = 0;
        for (int i = 0; i < grammar.nonTerminals().size(); i++)
            for (int j = 0; j < grammar.nonTerminals().get(i).productions().size(); j++) out[k++] = i;
        return out;
    }

    // ---- the problem ----

    private static final String[] REDUCTIONS = {"all", "none", "mixed", "na"};

    /** The problem's vector: the specification's syntax, the function's signature, and the examples' signatures. */
    public static float[] problem(Problem problem, SynthFun f, Examples examples) {
        return problem(syntax(problem, f), f, examples);
    }

    /**
     * The part of the problem's vector that the examples do not change (a walk over the whole specification), to
     * compute once per problem and function; the two example columns in it are left at 0.
     */
    public record Syntax(float[] columns) {}

    public static Syntax syntax(Problem problem, SynthFun f) {
        List<Float> v = new ArrayList<>();
        String logic = problem.logic() == null ? "" : problem.logic();
        boolean bv = logic.contains("BV");
        boolean integer = logic.contains("LIA") || logic.contains("NIA") || logic.contains("LRA");
        v.add(b(bv));
        v.add(b(integer && !bv));
        v.add(b(!bv && !integer));
        Sort ret = f.returnSort();
        v.add(b(ret.equals(Sort.BOOL)));
        v.add(b(ret.equals(Sort.INT)));
        v.add(b(ret instanceof Sort.BitVecSort));
        v.add(ret instanceof Sort.BitVecSort w ? w.width() / 64f : 0f);
        int nbv = 0, nint = 0, nbool = 0;
        for (Term.Var p : f.params()) {
            if (p.sort() instanceof Sort.BitVecSort) nbv++;
            else if (p.sort().equals(Sort.INT)) nint++;
            else if (p.sort().equals(Sort.BOOL)) nbool++;
        }
        v.add(f.params().size() / 8f);
        v.add(nbv / 8f);
        v.add(nint / 8f);
        v.add(nbool / 8f);
        Map<Op, Integer> ops = specOps(problem);
        for (Op op : OPS) v.add(log(ops.getOrDefault(op, 0)));
        int[] lits = new int[LiteralClass.values().length];
        for (Term t : specTerms(problem)) literalClasses(t, lits);
        for (int c : lits) v.add(log(c));
        v.add(log(problem.constraints().size()));
        v.add(b(!problem.assumes().isEmpty()));
        v.add(b(f.invariant()));
        v.add(0f); // outputs fixed: from the examples
        v.add(0f); // number of examples: from the examples
        v.add(log(problem.definitions().size()));
        float[] out = new float[v.size()];
        for (int i = 0; i < out.length; i++) out[i] = v.get(i);
        return new Syntax(out);
    }

    /** The problem's vector from its syntax part and the current examples. */
    public static float[] problem(Syntax syntax, SynthFun f, Examples examples) {
        float[] head = syntax.columns();
        float[] out = new float[head.length + 4 * Property.SIGNATURES.size()];
        System.arraycopy(head, 0, out, 0, head.length);
        out[OUTPUTS_FIXED_COLUMN] = b(examples.outputsFixed());
        out[OUTPUTS_FIXED_COLUMN + 1] = log(examples.size());
        int k = head.length;
        for (Property p : Property.SIGNATURES) {
            out[k + p.reduce(f, examples)] = 1f;
            k += 4;
        }
        return out;
    }

    /** Where the examples' columns {@code spec.outputs_fixed} and {@code spec.examples} are. */
    private static final int OUTPUTS_FIXED_COLUMN = problemNames().indexOf("spec.outputs_fixed");

    /** The terms that make up the specification's syntax: constraints, assumes and the defined functions' bodies. */
    private static List<Term> specTerms(Problem problem) {
        List<Term> terms = new ArrayList<>(problem.constraints());
        terms.addAll(problem.assumes());
        for (FunctionDefinition d : problem.definitions()) terms.add(d.body());
        return terms;
    }

    private static Map<Op, Integer> specOps(Problem problem) {
        Map<Op, Integer> ops = new HashMap<>();
        for (Term t : specTerms(problem)) countOps(t, ops);
        return ops;
    }

    private static void countOps(Term term, Map<Op, Integer> ops) {
        Terms.forEachSubterm(term, t -> {
            if (t instanceof Term.App a) ops.merge(a.op(), 1, Integer::sum);
        });
    }

    /** Classes of literals: what a mask or an offset looks like, not its value. */
    enum LiteralClass { ZERO, ONE, ALL_ONES, SMALL, POWER_OF_TWO, LOW_MASK, OTHER, BOOL }

    static LiteralClass literalClass(Value v) {
        if (v instanceof Value.BoolValue) return LiteralClass.BOOL;
        BigInteger x;
        int width = -1;
        if (v instanceof Value.BitVecValue bv) {
            x = bv.unsigned();
            width = bv.width();
        } else {
            x = ((Value.IntValue) v).value();
        }
        if (x.signum() == 0) return LiteralClass.ZERO;
        if (x.equals(BigInteger.ONE)) return LiteralClass.ONE;
        if (width > 0 && x.equals(BigInteger.ONE.shiftLeft(width).subtract(BigInteger.ONE))) return LiteralClass.ALL_ONES;
        if (width < 0 && x.equals(BigInteger.ONE.negate())) return LiteralClass.ALL_ONES;
        BigInteger abs = x.abs();
        if (abs.compareTo(BigInteger.valueOf(16)) <= 0) return LiteralClass.SMALL;
        if (abs.bitCount() == 1) return LiteralClass.POWER_OF_TWO;
        if (abs.add(BigInteger.ONE).bitCount() == 1) return LiteralClass.LOW_MASK;
        return LiteralClass.OTHER;
    }

    private static void literalClasses(Term term, int[] counts) {
        Terms.forEachSubterm(term, t -> {
            if (t instanceof Term.Lit l) counts[literalClass(l.value()).ordinal()]++;
        });
    }

    // ---- the production ----

    private static final int PRODUCTION_WIDTH = 7 + 2 * OPS.length + LiteralClass.values().length + 14;

    private static void production(Production p, int ntIndex, int index, NonTerminal nt, SynthFun f,
                                   Map<String, FunctionDefinition> defs, float[] row, int at) {
        int kind;
        Term template = null;
        if (p instanceof Production.AnyConstant) {
            kind = 2;
        } else if (p instanceof Production.AnyVariable) {
            kind = 3;
        } else {
            template = ((Production.Rule) p).template();
            kind = template instanceof Term.Var ? 0 : template instanceof Term.Lit ? 1 : template instanceof Term.App ? 4
                    : template instanceof Term.Call ? 5 : 6;
        }
        row[at + kind] = 1;
        int top = at + 7, body = top + OPS.length, lit = body + OPS.length, rest = lit + LiteralClass.values().length;
        Op topOp = null;
        int holes = 0, size = 0;
        boolean holeBool = false, holeInt = false, holeBv = false;
        if (template != null) {
            if (template instanceof Term.App a) {
                topOp = a.op();
                row[top + topOp.ordinal()] = 1;
            }
            Map<Op, Integer> inner = new HashMap<>();
            int[] lits = new int[LiteralClass.values().length];
            List<Term.Hole> hs = new ArrayList<>();
            describe(template, defs, inner, lits, hs);
            size = template.size();
            holes = hs.size();
            for (Term.Hole h : hs) {
                holeBool |= h.sort().equals(Sort.BOOL);
                holeInt |= h.sort().equals(Sort.INT);
                holeBv |= h.sort() instanceof Sort.BitVecSort;
            }
            for (Map.Entry<Op, Integer> e : inner.entrySet()) row[body + e.getKey().ordinal()] = Math.min(3, e.getValue()) / 3f;
            for (int c = 0; c < lits.length; c++) row[lit + c] = lits[c] > 0 ? 1 : 0;
        } else if (p instanceof Production.AnyConstant c) {
            row[lit + LiteralClass.OTHER.ordinal()] = 1;
        }
        Sort sort = nt.sort();
        int k = rest;
        row[k++] = holes / 3f;
        row[k++] = Math.min(size, 16) / 8f;
        row[k++] = b(sort.equals(Sort.BOOL));
        row[k++] = b(sort.equals(Sort.INT));
        row[k++] = b(sort instanceof Sort.BitVecSort);
        row[k++] = b(holeBool);
        row[k++] = b(holeInt);
        row[k++] = b(holeBv);
        int param = template instanceof Term.Var v ? f.params().indexOf(v) : -1;
        row[k++] = param >= 0 ? (param + 1f) / f.params().size() : 0f;
        row[k++] = b(param >= 0 && f.params().get(param).sort().equals(f.returnSort()));
        row[k++] = b(ntIndex == 0);
        row[k++] = b(sort.equals(f.returnSort()));
        row[k++] = log(nt.productions().size());
        row[k++] = index / (float) Math.max(1, nt.productions().size());
    }

    /**
     * Counts the operators below a template's top (a defined function counts by its body, not its name), the
     * classes of its literals, and its holes.
     */
    private static void describe(Term template, Map<String, FunctionDefinition> defs, Map<Op, Integer> ops, int[] lits,
                                 List<Term.Hole> holes) {
        Terms.forEachSubterm(template, t -> {
            if (t instanceof Term.App a && t != template) ops.merge(a.op(), 1, Integer::sum);
            if (t instanceof Term.Lit l) lits[literalClass(l.value()).ordinal()]++;
            if (t instanceof Term.Hole h) holes.add(h);
            if (t instanceof Term.Call c && defs.containsKey(c.function())) {
                Term body = defs.get(c.function()).body();
                countOps(body, ops);
                literalClasses(body, lits);
            }
        });
    }

    private static float b(boolean x) {
        return x ? 1f : 0f;
    }

    private static float log(int count) {
        return (float) (Math.log1p(count) / 4.0);
    }
}
