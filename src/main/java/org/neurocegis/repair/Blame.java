package org.neurocegis.repair;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import com.microsoft.z3.Params;
import com.microsoft.z3.Solver;
import com.microsoft.z3.Status;

import org.neurocegis.search.DefaultGrammar;
import org.neurocegis.sketch.SketchSolver;
import org.neurocegis.sygus.Grammar;
import org.neurocegis.sygus.NonTerminal;
import org.neurocegis.sygus.Problem;
import org.neurocegis.sygus.SynthFun;
import org.neurocegis.term.Evaluator;
import org.neurocegis.term.FunctionDefinition;
import org.neurocegis.term.Op;
import org.neurocegis.term.Sort;
import org.neurocegis.term.Term;
import org.neurocegis.term.Terms;
import org.neurocegis.term.Value;
import org.neurocegis.verify.CandidateVerifier;
import org.neurocegis.verify.SolutionChecker;
import org.neurocegis.verify.VerificationResult;
import org.neurocegis.verify.Verifier;
import org.neurocegis.verify.Z3Translator;

/**
 * Ranks the sub-terms of a refuted candidate by how likely they are at fault. A position is cleared when Z3 shows that
 * no value there, chosen per input, makes every counterexample pass: the fault is not there alone. At the others,
 * local repairs are tried (an operator swapped within its class, operands swapped, a unary dropped, a variable
 * swapped, a constant found by Z3 over the counterexamples); a repair counts only when Z3 proves the repaired
 * candidate against the whole specification, and again the independent {@link SolutionChecker} does. Positions
 * with a proved repair come first, then smaller and deeper ones.
 */
public final class Blame {
    private static final String HOLE = "neurocegis!hole";
    private static final String CONSTANT = "neurocegis!constant";
    /** Rounds of the constant's own CEGIS: solve over the points, prove, add the new counterexample. */
    private static final int CONSTANT_ROUNDS = 8;
    /** How many top suspects the synthesiser tries when no local repair was proved, and its time for each. */
    private static final int SYNTHESISED = 3;
    private static final long SYNTHESIS_MILLIS = 5_000;

    private Blame() {}

    /** @param z3TimeoutMillis the limit of one Z3 check (0 = none) */
    public record Options(int z3TimeoutMillis) {}

    /** A proved repair: what changed, the new sub-term, and the whole repaired definition. */
    public record Repair(String kind, Term replacement, FunctionDefinition repaired) {}

    /**
     * A position that may be at fault (it was not cleared), with a proved repair there if one was found; {@code
     * plausible} when a local change there passes every counterexample but Z3 could neither prove nor refute it
     * (only a ranking hint: it is never reported as a repair).
     */
    public record Suspect(String function, List<Integer> path, Term subterm, Optional<Repair> repair, boolean plausible) {
        public Suspect {
            path = List.copyOf(path);
        }
    }

    /** The ranked suspects, and how many positions there were and how many were cleared. */
    public record Result(List<Suspect> ranked, int positions, int cleared) {
        public Result {
            ranked = List.copyOf(ranked);
        }
    }

    public static Result rank(Problem problem, Map<String, FunctionDefinition> candidate,
                              List<CandidateVerifier.Counterexample> counterexamples, Options options) {
        List<Map<String, Value>> points = new ArrayList<>();
        for (CandidateVerifier.Counterexample c : counterexamples) points.add(c.point());
        List<Suspect> suspects = new ArrayList<>();
        int positions = 0, cleared = 0;
        try (Verifier verifier = new Verifier(problem, options.z3TimeoutMillis())) {
            for (SynthFun f : problem.synthFuns()) {
                FunctionDefinition def = candidate.get(f.name());
                for (List<Integer> path : Terms.paths(def.body())) {
                    Term sub = Terms.at(def.body(), path);
                    positions++;
                    if (!couldFix(problem, candidate, def, path, points, verifier.context(), options)) {
                        cleared++;
                        continue;
                    }
                    boolean[] plausible = {false};
                    Optional<Repair> repair = repairAt(problem, candidate, def, path, points, verifier, options, plausible);
                    suspects.add(new Suspect(f.name(), path, sub, repair, plausible[0]));
                }
            }
        }
        Comparator<Suspect> order = Comparator.<Suspect>comparingInt(s -> s.repair().isPresent() ? 0 : s.plausible() ? 1 : 2)
                .thenComparingInt(s -> s.subterm().size())
                .thenComparingInt(s -> -s.path().size());
        suspects.sort(order);
        if (!suspects.isEmpty() && suspects.get(0).repair().isEmpty()) {
            synthesiseAtTop(problem, candidate, suspects, options);
            suspects.sort(order);
        }
        return new Result(suspects, positions, cleared);
    }

    /**
     * No local repair anywhere: the synthesiser fills a hole at each of the top suspects in turn (a term of the
     * grammar's non-terminal of that sort, or of the default grammar, to depth 1), each within a share of the budget.
     * A filling is proved before it counts, as every repair.
     */
    private static void synthesiseAtTop(Problem problem, Map<String, FunctionDefinition> candidate, List<Suspect> suspects,
                                        Options options) {
        if (problem.synthFuns().size() != 1) return;
        SynthFun f = problem.synthFuns().get(0);
        Grammar grammar = f.grammar().orElseGet(() -> DefaultGrammar.of(f));
        FunctionDefinition def = candidate.get(f.name());
        for (int i = 0; i < Math.min(SYNTHESISED, suspects.size()); i++) {
            Suspect s = suspects.get(i);
            NonTerminal nt = null;
            for (NonTerminal n : grammar.nonTerminals()) if (n.sort().equals(s.subterm().sort()) && nt == null) nt = n;
            if (nt == null) continue;
            Term template = Terms.replaceAt(def.body(), s.path(), new Term.Hole(nt.name(), nt.sort()));
            SketchSolver.Outcome o = SketchSolver.fillHoles(problem, grammar, template, 1, SYNTHESIS_MILLIS,
                    options.z3TimeoutMillis());
            if (o instanceof SketchSolver.Outcome.Filled filled) {
                Term value = filled.holes().get(0).value();
                suspects.set(i, new Suspect(s.function(), s.path(), s.subterm(),
                        Optional.of(new Repair("synthesised " + value, value, filled.function())), s.plausible()));
                return;
            }
        }
    }

    /** Whether some value at {@code path}, chosen per input, makes every counterexample pass (or Z3 cannot tell). */
    private static boolean couldFix(Problem problem, Map<String, FunctionDefinition> candidate, FunctionDefinition def,
                                    List<Integer> path, List<Map<String, Value>> points, Context ctx, Options options) {
        Term sub = Terms.at(def.body(), path);
        List<Term> params = new ArrayList<>(def.params());
        List<Sort> sorts = new ArrayList<>();
        for (Term.Var p : def.params()) sorts.add(p.sort());
        Term hole = new Term.Call(HOLE, params, sub.sort());
        Map<String, FunctionDefinition> holed = new HashMap<>(candidate);
        holed.put(def.name(), new FunctionDefinition(def.name(), def.params(), def.returnSort(),
                Terms.replaceAt(def.body(), path, hole)));
        Z3Translator translator = new Z3Translator(ctx, problem.definitionsByName()).with(holed)
                .withUninterpreted(HOLE, sorts, sub.sort());
        return solve(ctx, passesAll(translator, problem, points), options) != Status.UNSATISFIABLE;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static BoolExpr passesAll(Z3Translator translator, Problem problem, List<Map<String, Value>> points) {
        Context ctx = translator.context();
        List<BoolExpr> all = new ArrayList<>();
        Problem.Specification spec = problem.specification();
        for (Map<String, Value> point : points) {
            Map<String, Expr> env = new HashMap<>();
            for (Map.Entry<String, Value> e : point.entrySet()) env.put(e.getKey(), translator.value(e.getValue()));
            for (Term c : spec.constraints()) all.add((BoolExpr) translator.translate(c, env));
        }
        return ctx.mkAnd(all.toArray(new BoolExpr[0]));
    }

    private static Status solve(Context ctx, BoolExpr query, Options options) {
        Solver s = ctx.mkSolver();
        Params params = ctx.mkParams();
        params.add("timeout", options.z3TimeoutMillis() > 0 ? options.z3TimeoutMillis() : Integer.MAX_VALUE);
        s.setParameters(params);
        s.add(query);
        return s.check();
    }

    private static Optional<Repair> repairAt(Problem problem, Map<String, FunctionDefinition> candidate,
                                             FunctionDefinition def, List<Integer> path,
                                             List<Map<String, Value>> points, Verifier verifier, Options options,
                                             boolean[] plausible) {
        Term sub = Terms.at(def.body(), path);
        Map<String, Term> tries = new LinkedHashMap<>();
        if (sub instanceof Term.App a) {
            for (Op other : sameClass(a.op())) {
                try {
                    tries.putIfAbsent("operator " + a.op().smtName() + " -> " + other.smtName(),
                            Term.app(other, a.indices(), a.args()));
                } catch (org.neurocegis.term.SortException ex) {
                    // another arity (bvadd of three arguments has no bvsub counterpart)
                }
            }
            if (a.args().size() == 2 && !a.op().isCommutative() && !a.args().get(0).equals(a.args().get(1))) {
                tries.put("operands swapped", new Term.App(a.op(), a.indices(), List.of(a.args().get(1), a.args().get(0)), a.sort()));
            }
            if ((a.op() == Op.BVNOT || a.op() == Op.BVNEG || a.op() == Op.NOT) && a.args().get(0).sort().equals(a.sort())) {
                tries.put(a.op().smtName() + " dropped", a.args().get(0));
            }
        } else if (sub instanceof Term.Var v && def.params().contains(v)) {
            for (Term.Var other : def.params()) {
                if (!other.equals(v) && other.sort().equals(v.sort())) tries.put("variable " + v.name() + " -> " + other.name(), other);
            }
        }
        Evaluator evaluator = new Evaluator(problem.definitionsByName());
        for (Map.Entry<String, Term> t : tries.entrySet()) {
            FunctionDefinition repaired = new FunctionDefinition(def.name(), def.params(), def.returnSort(),
                    Terms.replaceAt(def.body(), path, t.getValue()));
            if (!passesOnEvaluator(problem, candidate, repaired, points, evaluator)) continue;
            Boolean proof = proved(problem, candidate, repaired, points, verifier, options);
            if (proof == null) plausible[0] = true;
            else if (proof) return Optional.of(new Repair(t.getKey(), t.getValue(), repaired));
        }
        if (sub instanceof Term.Lit) return constantAt(problem, candidate, def, path, points, verifier, options, evaluator, plausible);
        return Optional.empty();
    }

    /** The constant's own small CEGIS: Z3 picks a value that passes the points; a failed proof adds its point. */
    private static Optional<Repair> constantAt(Problem problem, Map<String, FunctionDefinition> candidate,
                                               FunctionDefinition def, List<Integer> path,
                                               List<Map<String, Value>> startPoints, Verifier verifier, Options options,
                                               Evaluator evaluator, boolean[] plausible) {
        Term sub = Terms.at(def.body(), path);
        List<Map<String, Value>> points = new ArrayList<>(startPoints);
        Context ctx = verifier.context();
        Map<String, FunctionDefinition> holed = new HashMap<>(candidate);
        holed.put(def.name(), new FunctionDefinition(def.name(), def.params(), def.returnSort(),
                Terms.replaceAt(def.body(), path, new Term.Call(CONSTANT, List.of(), sub.sort()))));
        for (int round = 0; round < CONSTANT_ROUNDS; round++) {
            Z3Translator translator = new Z3Translator(ctx, problem.definitionsByName()).with(holed)
                    .withUninterpreted(CONSTANT, List.of(), sub.sort());
            Solver s = ctx.mkSolver();
            Params params = ctx.mkParams();
            params.add("timeout", options.z3TimeoutMillis() > 0 ? options.z3TimeoutMillis() : Integer.MAX_VALUE);
            s.setParameters(params);
            s.add(passesAll(translator, problem, points));
            // a different value than the one that failed
            s.add(ctx.mkNot(ctx.mkEq(translator.translate(new Term.Call(CONSTANT, List.of(), sub.sort()), Map.of()),
                    translator.value(((Term.Lit) sub).value()))));
            if (s.check() != Status.SATISFIABLE) return Optional.empty();
            Expr<?> c = s.getModel().eval(translator.translate(new Term.Call(CONSTANT, List.of(), sub.sort()), Map.of()), true);
            Term value = Term.lit(Z3Translator.valueOf(c, sub.sort()));
            FunctionDefinition repaired = new FunctionDefinition(def.name(), def.params(), def.returnSort(),
                    Terms.replaceAt(def.body(), path, value));
            if (!passesOnEvaluator(problem, candidate, repaired, points, evaluator)) return Optional.empty();
            Map<String, FunctionDefinition> all = new HashMap<>(candidate);
            all.put(def.name(), repaired);
            VerificationResult r = verifier.verify(all);
            if (r instanceof VerificationResult.Proved) {
                if (!SolutionChecker.prove(problem, all, options.z3TimeoutMillis()).status().equals(SolutionChecker.Status.SOLVED)) {
                    return Optional.empty();
                }
                return Optional.of(new Repair("constant " + sub + " -> " + value, value, repaired));
            }
            if (!(r instanceof VerificationResult.Counterexample cex)) {
                plausible[0] = true;
                return Optional.empty();
            }
            points.add(cex.point());
        }
        return Optional.empty();
    }

    private static boolean passesOnEvaluator(Problem problem, Map<String, FunctionDefinition> candidate,
                                             FunctionDefinition repaired, List<Map<String, Value>> points,
                                             Evaluator evaluator) {
        Map<String, FunctionDefinition> all = new HashMap<>(candidate);
        all.put(repaired.name(), repaired);
        Evaluator e = evaluator.with(all);
        Problem.Specification spec = problem.specification();
        for (Map<String, Value> p : points) {
            try {
                for (Term c : spec.constraints()) {
                    if (!(e.eval(c, p) instanceof Value.BoolValue b && b.value())) return false;
                }
            } catch (ArithmeticException ex) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when Z3 proves the repaired candidate and so does the independent text-based check; false when refuted (the
     * new point is kept); null when Z3 cannot tell.
     */
    private static Boolean proved(Problem problem, Map<String, FunctionDefinition> candidate, FunctionDefinition repaired,
                                  List<Map<String, Value>> points, Verifier verifier, Options options) {
        Map<String, FunctionDefinition> all = new HashMap<>(candidate);
        all.put(repaired.name(), repaired);
        VerificationResult r = verifier.verify(all);
        if (r instanceof VerificationResult.Counterexample cex) {
            points.add(cex.point());
            return false;
        }
        if (!(r instanceof VerificationResult.Proved)) return null;
        return SolutionChecker.prove(problem, all, options.z3TimeoutMillis()).status() == SolutionChecker.Status.SOLVED ? true : null;
    }

    /** The operators a slip of the pen would swap {@code op} for: its class, less itself. */
    private static List<Op> sameClass(Op op) {
        List<List<Op>> classes = List.of(
                List.of(Op.BVAND, Op.BVOR, Op.BVXOR), List.of(Op.BVNAND, Op.BVNOR, Op.BVXNOR),
                List.of(Op.BVADD, Op.BVSUB, Op.BVMUL), List.of(Op.BVSHL, Op.BVLSHR, Op.BVASHR),
                List.of(Op.BVUDIV, Op.BVUREM, Op.BVSDIV, Op.BVSREM, Op.BVSMOD), List.of(Op.BVNOT, Op.BVNEG),
                List.of(Op.BVULT, Op.BVULE, Op.BVUGT, Op.BVUGE), List.of(Op.BVSLT, Op.BVSLE, Op.BVSGT, Op.BVSGE),
                List.of(Op.AND, Op.OR, Op.XOR, Op.IMPLIES), List.of(Op.ADD, Op.SUB), List.of(Op.LE, Op.LT, Op.GE, Op.GT));
        for (List<Op> c : classes) {
            if (c.contains(op)) {
                List<Op> others = new ArrayList<>(c);
                others.remove(op);
                return others;
            }
        }
        return List.of();
    }
}
