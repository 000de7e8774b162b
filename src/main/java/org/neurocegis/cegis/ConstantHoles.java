package org.neurocegis.cegis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import com.microsoft.z3.Params;
import com.microsoft.z3.Solver;
import com.microsoft.z3.Status;

import org.neurocegis.search.CompiledGrammar;
import org.neurocegis.search.Enumerator;
import org.neurocegis.sygus.Production;
import org.neurocegis.sygus.SynthFun;
import org.neurocegis.term.Evaluator;
import org.neurocegis.term.FunctionDefinition;
import org.neurocegis.term.Sort;
import org.neurocegis.term.Term;
import org.neurocegis.term.Terms;
import org.neurocegis.term.Value;
import org.neurocegis.verify.Z3Contexts;
import org.neurocegis.verify.Z3Translator;

/**
 * Constants by Z3 inside the enumeration: for a start-symbol rule with two children, one of which may be a
 * {@code (Constant S)}, each "shape" {@code (op t c)} over a bank term {@code t} gets a symbolic {@code c}, which a
 * small CEGIS of its own fixes over the current examples (one-hot, zero and all-ones values tried first, then Z3
 * over a growing subset of the units, each answer checked on all of them by the evaluator). A shape that meets every
 * unit is a candidate for the loop's verifier like any other; its constant joins the pool that later enumerations
 * draw {@code (Constant S)} from, so that masks and magic numbers no literal of the file spells can be found.
 * It runs between levels, within a bounded share of the search's time.
 */
final class ConstantHoles implements AutoCloseable {
    /** The share of the search's elapsed time that shapes may use while it enumerates, and an allowance at the start. */
    static final double SHARE = 0.1;
    private static final long ALLOWANCE_NANOS = 20_000_000L;
    /** How long a search enumerates before the shapes get their first turn (the caller waits). */
    static final long DELAY_NANOS = 50_000_000L;
    private static final int Z3_MILLIS = 200;
    private static final int ROUNDS = 8;
    /** Constants learned by earlier searches that the pool keeps, per sort (the most recent). */
    static final int MAX_LEARNED = 8;

    /** A start-symbol term with a constant Z3 found for it. */
    record Found(Term term, Value constant) {}

    /** What {@link #solve} answers when the step's time ran out before the shape was decided. */
    private static final Found OUT_OF_TIME = new Found(null, null);

    /** A start-symbol rule with its constant child at {@code constant} and a bank term of {@code other} at the other. */
    private record Shape(CompiledGrammar.Rule rule, int constant, int other, Sort sort) {}

    private final ExampleSet examples;
    private final SynthFun f;
    private final Map<String, FunctionDefinition> definitions;
    private final Evaluator evaluator;
    private final List<Shape> shapes = new ArrayList<>();
    /** Per non-terminal that some shape takes a bank term from: the next cost, index within it and shape to try. */
    private final Map<Integer, int[]> cursors = new HashMap<>();
    private final Stats stats;
    private long spentNanos;
    private Context ctx;

    ConstantHoles(ExampleSet examples, SynthFun f, Map<String, FunctionDefinition> definitions, CompiledGrammar grammar,
                  Stats stats) {
        this.examples = examples;
        this.f = f;
        this.definitions = definitions;
        this.evaluator = new Evaluator(definitions);
        this.stats = stats;
        if (!examples.pointwise() || examples.units().isEmpty()) return;
        for (CompiledGrammar.Rule r : grammar.rules(0)) {
            if (r.children().length != 2) continue;
            boolean commutative = r.template() instanceof Term.App a && a.op().isCommutative()
                    && r.children()[0] == r.children()[1];
            for (int k = 1; k >= 0; k--) {
                Sort s = constantSort(grammar, r.children()[k]);
                if (s == null || !representable(s)) continue;
                shapes.add(new Shape(r, k, r.children()[1 - k], s));
                cursors.putIfAbsent(r.children()[1 - k], new int[3]);
                if (commutative) break; // (op c t) is (op t c)
            }
        }
    }

    /** Whether there is anything to solve: a shape, and examples that judge a term input by input. */
    boolean active() {
        return !shapes.isEmpty();
    }

    /**
     * Tries the shapes on the bank terms not tried yet, in order of cost, while they have used at most {@code share}
     * of the time since {@code searchStartNanos} (0: no bound), never past {@code deadlineNanos}; a term that meets
     * every unit, or null.
     */
    Found step(Enumerator e, long searchStartNanos, long deadlineNanos, double share) {
        long now = System.nanoTime();
        long until = share <= 0 ? deadlineNanos : Math.min(deadlineNanos, now + allowance(now - searchStartNanos, share));
        if (until <= now) return null;
        long began = now;
        try {
            for (Map.Entry<Integer, int[]> entry : cursors.entrySet()) {
                int nt = entry.getKey();
                int[] cursor = entry.getValue();
                while (cursor[0] <= e.level()) {
                    Enumerator.IntList level = e.termsOfCost(nt, cursor[0]);
                    if (cursor[1] >= level.size()) {
                        cursor[0]++;
                        cursor[1] = 0;
                        continue;
                    }
                    if (System.nanoTime() >= until) return null;
                    int t = level.get(cursor[1]);
                    for (; cursor[2] < shapes.size(); cursor[2]++) {
                        Shape s = shapes.get(cursor[2]);
                        if (s.other() != nt) continue;
                        Found found = solve(s, e, t, until);
                        if (found == OUT_OF_TIME) return null; // this shape again at the next step
                        if (found != null) {
                            cursor[2]++;
                            return found;
                        }
                    }
                    cursor[1]++;
                    cursor[2] = 0;
                }
            }
            return null;
        } finally {
            spentNanos += System.nanoTime() - began;
            stats.constantNanos += System.nanoTime() - began;
        }
    }

    /** Frees Z3's context, if a step made one. */
    @Override public void close() {
        if (ctx != null) {
            ctx.close();
            ctx = null;
        }
    }

    private long allowance(long elapsed, double share) {
        return (long) (share * elapsed) + ALLOWANCE_NANOS - spentNanos;
    }

    /**
     * The shape's term over bank term {@code t} with a constant that meets every unit; null if there is none (or Z3
     * could not say); {@link #OUT_OF_TIME} if the time ran out first.
     */
    private Found solve(Shape s, Enumerator e, int t, long until) {
        stats.constantShapes++;
        Sort otherSort = e.grammar().sort(s.other());
        Value[] tValues = new Value[e.inputCount()];
        for (int i = 0; i < tValues.length; i++) tValues[i] = Enumerator.decode(e.value(t, i), otherSort);
        List<ExampleSet.Unit> units = examples.units();
        if (!consistent(units, tValues)) return null;
        for (Value seed : seeds(s.sort())) {
            if (failing(s, tValues, seed) < 0) return found(s, e, t, seed);
        }
        try {
            return cegis(s, e, t, tValues, until);
        } catch (com.microsoft.z3.Z3Exception | IllegalArgumentException | ClassCastException unsupported) {
            return null; // a shape Z3 cannot take (an operator it lacks): no constant, nothing claimed
        }
    }

    /** A CEGIS of its own: Z3 over a few units, the evaluator over all of them. */
    private Found cegis(Shape s, Enumerator e, int t, Value[] tValues, long until) {
        List<ExampleSet.Unit> units = examples.units();
        if (ctx == null) ctx = Z3Contexts.open();
        Z3Translator translator = new Z3Translator(ctx, definitions);
        Expr c = ctx.mkConst(" c", translator.sort(s.sort()));
        Solver solver = ctx.mkSolver();
        List<Integer> chosen = new ArrayList<>(List.of(0));
        for (int round = 0; round < ROUNDS; round++) {
            long left = (until - System.nanoTime()) / 1_000_000L;
            if (left <= 0) return OUT_OF_TIME;
            Params p = ctx.mkParams();
            p.add("timeout", (int) Math.min(Z3_MILLIS, left));
            solver.setParameters(p);
            int u = chosen.get(chosen.size() - 1);
            Term at = residualAt(s, units.get(u), tValues, new Term.Var(" c", s.sort()));
            solver.add((BoolExpr) translator.translate(at, Map.of(" c", c)));
            stats.constantZ3Checks++;
            Status status = solver.check();
            if (status == Status.UNKNOWN && System.nanoTime() >= until) return OUT_OF_TIME;
            if (status != Status.SATISFIABLE) return null;
            Value value = Z3Translator.valueOf(solver.getModel().eval(c, true), s.sort());
            int fails = failing(s, tValues, value);
            if (fails < 0) return found(s, e, t, value);
            if (chosen.contains(fails)) return null; // Z3 and the evaluator disagree (an unspecified value): give up
            chosen.add(fails);
        }
        return null;
    }

    private Found found(Shape s, Enumerator e, int t, Value c) {
        stats.constantsFound++;
        Term[] fillers = new Term[2];
        fillers[s.constant()] = Term.lit(c);
        fillers[1 - s.constant()] = e.term(t);
        return new Found(Terms.fillHoles(s.rule().template(), fillers), c);
    }

    /** Where the outputs are fixed: no constant can help a term equal at two inputs whose outputs differ. */
    private static boolean consistent(List<ExampleSet.Unit> units, Value[] tValues) {
        Map<Value, Value> seen = new HashMap<>();
        for (ExampleSet.Unit u : units) {
            if (!u.fixesOutput()) continue;
            Value before = seen.putIfAbsent(tValues[u.expectedInput()], u.expected());
            if (before != null && !before.equals(u.expected())) return false;
        }
        return true;
    }

    /** The first unit that the shape with constant {@code c} fails on our evaluation, or -1 if it meets all. */
    private int failing(Shape s, Value[] tValues, Value c) {
        List<ExampleSet.Unit> units = examples.units();
        for (int u = 0; u < units.size(); u++) {
            try {
                Value v = evaluator.eval(residualAt(s, units.get(u), tValues, Term.lit(c)), Map.of());
                if (!Value.TRUE.equals(v)) return u;
            } catch (RuntimeException undefined) {
                return u;
            }
        }
        return -1;
    }

    /** The unit's residual with its call of f replaced by the shape at the unit's input. */
    private Term residualAt(Shape s, ExampleSet.Unit u, Value[] tValues, Term c) {
        int input = u.inputs()[0];
        Term[] fillers = new Term[2];
        fillers[s.constant()] = c;
        fillers[1 - s.constant()] = Term.lit(tValues[input]);
        Term shape = Terms.fillHoles(s.rule().template(), fillers);
        List<Value> args = examples.inputs().get(input);
        Map<String, Term> params = new HashMap<>();
        for (int i = 0; i < f.params().size(); i++) params.put(f.params().get(i).name(), Term.lit(args.get(i)));
        return Terms.replaceCalls(u.residual(), f.name(), Terms.substitute(shape, params));
    }

    /** Values tried before Z3 is asked: zero, all ones and every one-hot value (small integers for Int). */
    private static Set<Value> seeds(Sort s) {
        Set<Value> out = new LinkedHashSet<>();
        if (s instanceof Sort.BitVecSort bv) {
            out.add(Value.BitVecValue.of(bv.width(), 0));
            out.add(Value.BitVecValue.of(bv.width(), -1));
            for (int j = 0; j < bv.width(); j++) out.add(Value.BitVecValue.of(bv.width(), 1L << j));
        } else if (s.equals(Sort.INT)) {
            for (long v : new long[] {0, 1, -1}) out.add(Value.of(v));
        }
        return out;
    }

    /** The sort of {@code (Constant S)} among the non-terminal's productions, or null. */
    private static Sort constantSort(CompiledGrammar grammar, int nt) {
        for (Production p : grammar.nonTerminal(nt).productions()) {
            if (p instanceof Production.AnyConstant c) return c.sort();
        }
        return null;
    }

    private static boolean representable(Sort s) {
        return s.equals(Sort.INT) || s instanceof Sort.BitVecSort bv && bv.width() <= 64;
    }
}
