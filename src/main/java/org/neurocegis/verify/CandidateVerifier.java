package org.neurocegis.verify;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import com.microsoft.z3.Model;
import com.microsoft.z3.Params;
import com.microsoft.z3.Solver;
import com.microsoft.z3.Status;

import org.neurocegis.sygus.Derivation;
import org.neurocegis.sygus.Problem;
import org.neurocegis.sygus.SynthFun;
import org.neurocegis.term.Evaluator;
import org.neurocegis.term.FunctionDefinition;
import org.neurocegis.term.Op;
import org.neurocegis.term.Sort;
import org.neurocegis.term.Term;
import org.neurocegis.term.TermPrinter;
import org.neurocegis.term.Terms;
import org.neurocegis.term.Value;

/**
 * Judges a user's candidate (one body per synth-fun) against a problem and explains the verdict: grammar
 * conformance as a note, warnings for a vacuous specification, and either a proof (by Z3, confirmed by the
 * independent text-based {@link SolutionChecker}), several distinct counterexamples (each shrunk on the exact
 * evaluator, then replayed on the evaluator and in a fresh Z3 context before it is reported), or {@code unknown}
 * with a bounded test campaign when Z3 gives up.
 */
public final class CandidateVerifier {
    private CandidateVerifier() {}

    /**
     * @param z3TimeoutMillis the limit of one Z3 check (0 = none)
     * @param counterexamples how many distinct counterexamples to look for
     * @param tests the size of the test campaign when Z3 cannot decide
     */
    public record Options(int z3TimeoutMillis, int counterexamples, long tests, long seed) {}

    public record Report(List<String> notes, List<String> warnings, Verdict verdict) {
        public Report {
            notes = List.copyOf(notes);
            warnings = List.copyOf(warnings);
        }
    }

    public sealed interface Verdict {
        /** Every constraint holds under every assume: proved by Z3, and again by the independent check. */
        record Proved() implements Verdict {}

        record Refuted(List<Counterexample> counterexamples) implements Verdict {
            public Refuted {
                counterexamples = List.copyOf(counterexamples);
            }
        }

        /** No proof and no counterexample: why, and how many random tests the evaluator ran without a failure. */
        record Unknown(String reason, long tests) implements Verdict {}
    }

    /**
     * A point (a value for each of {@code variables}) where the assumes hold and obligation {@code obligation} of the
     * specification fails; {@code label} names it as the specification does.
     */
    public record Counterexample(List<Term.Var> variables, Map<String, Value> point, int obligation, String label,
                                 Explanation explanation) {
        public Counterexample {
            variables = List.copyOf(variables);
            point = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(point));
        }
    }

    public sealed interface Explanation {
        /** A constraint {@code (= (f args) e)}: the output it fixes and the candidate's. */
        record Mismatch(String function, List<Value> args, Value expected, Value actual) implements Explanation {}

        /**
         * Any other constraint: its conjuncts that fail, each with the values of its arguments, and an output of
         * {@code function} that would have been accepted at this point (when all its calls share their arguments).
         */
        record Conjuncts(List<Failing> failing, String function, Optional<Value> accepted) implements Explanation {
            public Conjuncts {
                failing = List.copyOf(failing);
            }
        }
    }

    public record Failing(Term conjunct, List<Value> argumentValues) {}

    public static Report verify(Problem problem, Map<String, FunctionDefinition> candidate, Options options) {
        List<String> notes = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Problem.Specification spec = problem.specification();
        Set<String> synthNames = new HashSet<>();
        for (SynthFun f : problem.synthFuns()) {
            synthNames.add(f.name());
            boolean derivable = Derivation.derivable(f, candidate.get(f.name()).body());
            if (f.grammar().isPresent()) {
                notes.add(f.name() + (derivable ? " is derivable from its grammar"
                        : " is not derivable from its grammar (a note: correctness is judged on its own)"));
            }
        }
        for (SynthFun f : problem.synthFuns()) {
            Set<String> dependents = Terms.dependents(problem.definitionsByName(), Set.of(f.name()));
            boolean mentioned = false;
            for (Term c : spec.constraints()) mentioned |= Terms.callsAny(c, dependents);
            if (!mentioned) warnings.add("no constraint mentions " + f.name() + ": any body is proved");
        }
        Evaluator evaluator = new Evaluator(problem.definitionsByName()).with(candidate);
        try (Context ctx = Z3Contexts.open();
             IntBlast.Beside beside = IntBlast.beside(problem, candidate, spec.constraints(), options.z3TimeoutMillis())) {
            Z3Translator translator = new Z3Translator(ctx, problem.definitionsByName()).with(candidate);
            Params params = ctx.mkParams();
            params.add("timeout", options.z3TimeoutMillis() > 0 ? options.z3TimeoutMillis() : Integer.MAX_VALUE);
            List<BoolExpr> assumes = new ArrayList<>();
            for (Term a : spec.assumes()) assumes.add(translator.translateBool(a));
            if (!assumes.isEmpty()) {
                Solver s = ctx.mkSolver();
                s.setParameters(params);
                s.add(assumes.toArray(new BoolExpr[0]));
                if (s.check() == Status.UNSATISFIABLE) {
                    warnings.add("the assumes are unsatisfiable: the proof is vacuous");
                }
            }
            Map<String, Expr<?>> vars = new HashMap<>();
            for (Term.Var v : spec.variables()) vars.put(v.name(), translator.variable(v));
            List<BoolExpr> goals = new ArrayList<>();
            for (Term c : spec.constraints()) goals.add(translator.translateBool(c));
            Solver solver = ctx.mkSolver();
            solver.setParameters(params);
            solver.add(assumes.toArray(new BoolExpr[0]));
            solver.add(ctx.mkNot(ctx.mkAnd(goals.toArray(new BoolExpr[0]))));
            List<Counterexample> found = new ArrayList<>();
            Set<Map<String, Value>> seen = new HashSet<>();
            int wanted = Math.max(1, options.counterexamples());
            for (int round = 0; found.size() < wanted && round < 4 * wanted; round++) {
                Status status = round == 0 ? firstCheck(solver, beside, ctx) : solver.check();
                if (status == Status.UNSATISFIABLE) {
                    if (!found.isEmpty()) break;
                    SolutionChecker.Verdict again = SolutionChecker.prove(problem, candidate, options.z3TimeoutMillis());
                    if (again.status() == SolutionChecker.Status.SOLVED) {
                        return new Report(notes, warnings, new Verdict.Proved());
                    }
                    return new Report(notes, warnings, new Verdict.Unknown(
                            "the independent check did not confirm the proof: " + again.detail(), 0));
                }
                if (status == null || status == Status.UNKNOWN) {
                    if (!found.isEmpty()) break;
                    return intBlasted(problem, candidate, evaluator, options, notes, warnings, beside.await(),
                            status == null ? "the bit-vector query stopped when the int-blasted one decided first"
                                    : "Z3 could not decide (" + solver.getReasonUnknown() + ")");
                }
                Model model = solver.getModel();
                Map<String, Value> raw = new LinkedHashMap<>();
                for (Term.Var v : spec.variables()) {
                    raw.put(v.name(), Z3Translator.valueOf(model.eval(vars.get(v.name()), true), v.sort()));
                }
                solver.add(differentFrom(ctx, translator, spec, raw));
                Counterexample cex = confirmed(problem, candidate, evaluator, shrink(spec, evaluator, raw, seen), options);
                if (cex == null) cex = confirmed(problem, candidate, evaluator, raw, options);
                if (cex == null) {
                    if (!found.isEmpty()) break;
                    return new Report(notes, warnings, new Verdict.Unknown(
                            "Z3's counterexample does not replay on the evaluator and in a fresh check", 0));
                }
                if (seen.add(cex.point())) {
                    found.add(cex);
                    solver.add(differentFrom(ctx, translator, spec, cex.point()));
                }
            }
            return new Report(notes, warnings, new Verdict.Refuted(found));
        }
    }

    /**
     * The first check, with the int-blasted one running beside it: if that one decides first it interrupts this one,
     * and the answer is null (this context's results are then left alone); if this one decides, the other is stopped.
     */
    private static Status firstCheck(Solver solver, IntBlast.Beside beside, Context ctx) {
        Status status = beside.race(solver, ctx);
        if (status != null && status != Status.UNKNOWN) beside.close();
        return status;
    }

    /**
     * When the bit-vector query is undecided: the same query int-blasted ({@link IntBlast}), run beside it. Its proof stands only once
     * the independent check agrees (which int-blasts too when Z3 cannot decide the text); its point only once it
     * replays. Otherwise the test campaign, with both reasons.
     */
    private static Report intBlasted(Problem problem, Map<String, FunctionDefinition> candidate, Evaluator evaluator,
                                     Options options, List<String> notes, List<String> warnings,
                                     IntBlast.Answer answer, String why) {
        if (answer instanceof IntBlast.Answer.Proved) {
            SolutionChecker.Verdict again = SolutionChecker.prove(problem, candidate, options.z3TimeoutMillis());
            if (again.status() == SolutionChecker.Status.SOLVED) {
                List<String> more = new ArrayList<>(notes);
                more.add("proved in linear integer arithmetic (the query int-blasted exactly): " + why);
                return new Report(more, warnings, new Verdict.Proved());
            }
            return campaign(problem, candidate, evaluator, options, notes, warnings,
                    why + "; int-blasted, proved, but the independent check did not confirm it: " + again.detail());
        }
        if (answer instanceof IntBlast.Answer.Point p) {
            Problem.Specification spec = problem.specification();
            Counterexample cex = confirmed(problem, candidate, evaluator, shrink(spec, evaluator, p.point(), Set.of()), options);
            if (cex == null) cex = confirmed(problem, candidate, evaluator, p.point(), options);
            if (cex != null) return new Report(notes, warnings, new Verdict.Refuted(List.of(cex)));
            return campaign(problem, candidate, evaluator, options, notes, warnings,
                    why + "; the int-blasted query's counterexample does not replay");
        }
        return campaign(problem, candidate, evaluator, options, notes, warnings,
                why + "; " + ((IntBlast.Answer.Undecided) answer).reason());
    }

    private static BoolExpr differentFrom(Context ctx, Z3Translator translator, Problem.Specification spec,
                                          Map<String, Value> point) {
        List<BoolExpr> same = new ArrayList<>();
        for (Term.Var v : spec.variables()) {
            same.add(ctx.mkEq(translator.variable(v), translator.value(point.get(v.name()))));
        }
        return ctx.mkNot(ctx.mkAnd(same.toArray(new BoolExpr[0])));
    }

    /** The first obligation that fails at {@code point} where the assumes hold; -1 if none (or an assume fails). */
    public static int failing(Problem.Specification spec, Evaluator evaluator, Map<String, Value> point) {
        try {
            for (Term a : spec.assumes()) if (!isTrue(evaluator.eval(a, point))) return -1;
            for (int i = 0; i < spec.constraints().size(); i++) {
                if (!isTrue(evaluator.eval(spec.constraints().get(i), point))) return i;
            }
        } catch (ArithmeticException ex) {
            return -1;
        }
        return -1;
    }

    private static boolean isTrue(Value v) {
        return v instanceof Value.BoolValue b && b.value();
    }

    /**
     * A failing point made simpler while it still fails, one variable at a time: 0, 1 or -1 outright, else its set
     * bits cleared one by one from the top (integers move toward 0 instead, Booleans to false). It never steps onto
     * a point of {@code avoid} (counterexamples already reported), so that shrunk counterexamples stay distinct.
     */
    public static Map<String, Value> shrink(Problem.Specification spec, Evaluator evaluator, Map<String, Value> start,
                                            Set<Map<String, Value>> avoid) {
        Map<String, Value> point = new LinkedHashMap<>(start);
        if (failing(spec, evaluator, point) < 0) return point;
        for (boolean changed = true; changed; ) {
            changed = false;
            for (Term.Var v : spec.variables()) {
                for (Value simpler = next(point.get(v.name()), point, v, spec, evaluator, avoid); simpler != null;
                     simpler = next(simpler, point, v, spec, evaluator, avoid)) {
                    changed = true;
                }
            }
        }
        return point;
    }

    /** The first simpler value for {@code v} at which the point still fails, now kept in {@code point}; or null. */
    private static Value next(Value current, Map<String, Value> point, Term.Var v, Problem.Specification spec,
                              Evaluator evaluator, Set<Map<String, Value>> avoid) {
        for (Value candidate : simpler(current)) {
            point.put(v.name(), candidate);
            if (simplerThan(candidate, current) && !avoid.contains(point) && failing(spec, evaluator, point) >= 0) {
                return candidate;
            }
        }
        point.put(v.name(), current);
        return null;
    }

    /** Values that may be simpler than {@code v}, simplest first (each is checked with {@link #simplerThan}). */
    private static List<Value> simpler(Value v) {
        List<Value> out = new ArrayList<>();
        if (v instanceof Value.BitVecValue bv) {
            int w = bv.width();
            BigInteger u = bv.unsigned();
            out.add(Value.BitVecValue.of(w, 0));
            out.add(Value.BitVecValue.of(w, 1));
            out.add(Value.BitVecValue.of(w, BigInteger.ONE.negate()));
            for (int i = w - 1; i >= 0; i--) if (u.testBit(i)) out.add(Value.BitVecValue.of(w, u.clearBit(i)));
            for (int i = 0; i < w; i++) if (!u.testBit(i)) out.add(Value.BitVecValue.of(w, u.setBit(i)));
            out.add(Value.BitVecValue.of(w, u.shiftRight(1)));
            return out;
        }
        if (v instanceof Value.IntValue iv) {
            BigInteger x = iv.value();
            out.add(Value.of(0));
            out.add(Value.of(1));
            out.add(Value.of(-1));
            out.add(Value.of(x.divide(BigInteger.TWO)));
            out.add(Value.of(x.subtract(BigInteger.valueOf(x.signum()))));
            return out;
        }
        out.add(Value.FALSE);
        return out;
    }

    /**
     * The order shrinking descends (well founded, so it ends): bit-vectors by how few bits differ from 0 or from all
     * ones (a small negative number reads as simply as a small positive one), then by unsigned value; integers by
     * magnitude, positive first; false before true.
     */
    private static boolean simplerThan(Value a, Value b) {
        if (a instanceof Value.BitVecValue x && b instanceof Value.BitVecValue y) {
            int cx = bitCost(x), cy = bitCost(y);
            return cx != cy ? cx < cy : x.unsigned().compareTo(y.unsigned()) < 0;
        }
        if (a instanceof Value.IntValue x && b instanceof Value.IntValue y) {
            int c = x.value().abs().compareTo(y.value().abs());
            return c != 0 ? c < 0 : x.value().signum() > y.value().signum();
        }
        return a.equals(Value.FALSE) && b.equals(Value.TRUE);
    }

    private static int bitCost(Value.BitVecValue v) {
        int ones = v.unsigned().bitCount();
        return Math.min(ones, 1 + v.width() - ones);
    }

    /**
     * The counterexample at {@code point}, explained, if it replays: it fails on the evaluator, and a fresh Z3 context
     * reading the problem as SMT-LIB text agrees that the assumes hold there and the obligation fails; else null.
     */
    private static Counterexample confirmed(Problem problem, Map<String, FunctionDefinition> candidate,
                                            Evaluator evaluator, Map<String, Value> point, Options options) {
        Problem.Specification spec = problem.specification();
        int i = failing(spec, evaluator, point);
        if (i < 0) return null;
        StringBuilder script = new StringBuilder(SolutionChecker.declarations(problem, candidate));
        for (Term.Var v : spec.variables()) {
            script.append("(assert (= ").append(TermPrinter.symbol(v.name())).append(' ').append(point.get(v.name())).append("))\n");
        }
        for (Term a : spec.assumes()) script.append("(assert ").append(a).append(")\n");
        script.append("(assert (not ").append(spec.constraints().get(i)).append("))\n");
        SmtScript.Result replay = SmtScript.check(script.toString(), options.z3TimeoutMillis());
        if (replay.status() != Status.SATISFIABLE) return null;
        return new Counterexample(spec.variables(), point, i, spec.labels().get(i),
                explain(problem, candidate, evaluator, spec.constraints().get(i), point, options));
    }

    private static Explanation explain(Problem problem, Map<String, FunctionDefinition> candidate, Evaluator evaluator,
                                       Term constraint, Map<String, Value> point, Options options) {
        Set<String> synth = candidate.keySet();
        Set<String> dependents = Terms.dependents(problem.definitionsByName(), synth);
        if (constraint instanceof Term.App eq && eq.op() == Op.EQ && eq.args().size() == 2) {
            for (int side = 0; side < 2; side++) {
                if (eq.args().get(side) instanceof Term.Call call && synth.contains(call.function())
                        && !Terms.callsAny(eq.args().get(1 - side), dependents)) {
                    List<Value> args = new ArrayList<>();
                    for (Term a : call.args()) args.add(evaluator.eval(a, point));
                    return new Explanation.Mismatch(call.function(), args, evaluator.eval(eq.args().get(1 - side), point),
                            evaluator.eval(call, point));
                }
            }
        }
        List<Failing> failing = new ArrayList<>();
        for (Term conjunct : conjuncts(constraint, evaluator, point)) {
            if (isTrue(evaluator.eval(conjunct, point))) continue;
            List<Value> values = new ArrayList<>();
            for (Term a : Terms.children(conjunct)) values.add(evaluator.eval(a, point));
            failing.add(new Failing(conjunct, values));
        }
        // one function, called with the same arguments everywhere in the constraint: ask Z3 for an output it accepts
        Set<String> called = new HashSet<>();
        Set<List<Value>> arguments = new HashSet<>();
        Terms.forEachSubterm(constraint, t -> {
            if (t instanceof Term.Call c && synth.contains(c.function())) {
                called.add(c.function());
                List<Value> args = new ArrayList<>();
                for (Term a : c.args()) args.add(evaluator.eval(a, point));
                arguments.add(args);
            }
        });
        if (called.size() != 1 || arguments.size() != 1) return new Explanation.Conjuncts(failing, null, Optional.empty());
        String f = called.iterator().next();
        return new Explanation.Conjuncts(failing, f, accepted(problem, candidate, f, constraint, point, options));
    }

    /** The parts of a constraint worth showing: the conjuncts of an {@code and}, or of the conclusion of {@code =>}. */
    private static List<Term> conjuncts(Term t, Evaluator evaluator, Map<String, Value> point) {
        if (t instanceof Term.App a && a.op() == Op.AND) {
            List<Term> out = new ArrayList<>();
            for (Term x : a.args()) out.addAll(conjuncts(x, evaluator, point));
            return out;
        }
        if (t instanceof Term.App a && a.op() == Op.IMPLIES && a.args().size() == 2) {
            return conjuncts(a.args().get(1), evaluator, point);
        }
        return List.of(t);
    }

    /** An output of {@code f} at this point that makes {@code constraint} true, found by Z3 and checked on the evaluator. */
    private static Optional<Value> accepted(Problem problem, Map<String, FunctionDefinition> candidate, String f,
                                            Term constraint, Map<String, Value> point, Options options) {
        FunctionDefinition def = candidate.get(f);
        Term.Var out = new Term.Var("neurocegis!output", def.returnSort());
        Map<String, FunctionDefinition> constant = new HashMap<>(candidate);
        constant.put(f, new FunctionDefinition(f, def.params(), def.returnSort(), out));
        try (Context ctx = Z3Contexts.open()) {
            Z3Translator translator = new Z3Translator(ctx, problem.definitionsByName()).with(constant);
            @SuppressWarnings("rawtypes")
            Map<String, Expr> env = new HashMap<>();
            for (Map.Entry<String, Value> e : point.entrySet()) env.put(e.getKey(), translator.value(e.getValue()));
            Solver s = ctx.mkSolver();
            Params params = ctx.mkParams();
            params.add("timeout", options.z3TimeoutMillis() > 0 ? options.z3TimeoutMillis() : Integer.MAX_VALUE);
            s.setParameters(params);
            s.add((BoolExpr) translator.translate(constraint, env));
            if (s.check() != Status.SATISFIABLE) return Optional.empty();
            Value value = Z3Translator.valueOf(s.getModel().eval(translator.variable(out), true), out.sort());
            Map<String, Value> env2 = new HashMap<>(point);
            env2.put(out.name(), value);
            Evaluator check = new Evaluator(problem.definitionsByName()).with(constant);
            return isTrue(check.eval(constraint, env2)) ? Optional.of(value) : Optional.empty();
        }
    }

    /**
     * When Z3 cannot decide: random tests on the evaluator (edge values, one-hot and sparse values, and uniform ones),
     * within {@code options.tests()} tests and ten seconds. A failure found there is replayed like Z3's own.
     */
    private static Report campaign(Problem problem, Map<String, FunctionDefinition> candidate, Evaluator evaluator,
                                   Options options, List<String> notes, List<String> warnings, String why) {
        Problem.Specification spec = problem.specification();
        Random random = new Random(options.seed());
        long deadline = System.nanoTime() + 10_000_000_000L;
        long n = 0;
        for (; n < options.tests() && System.nanoTime() < deadline; n++) {
            Map<String, Value> point = new LinkedHashMap<>();
            for (Term.Var v : spec.variables()) point.put(v.name(), randomValue(v.sort(), random));
            if (failing(spec, evaluator, point) < 0) continue;
            Counterexample cex = confirmed(problem, candidate, evaluator, shrink(spec, evaluator, point, Set.of()), options);
            if (cex == null) cex = confirmed(problem, candidate, evaluator, point, options);
            if (cex != null) return new Report(notes, warnings, new Verdict.Refuted(List.of(cex)));
        }
        return new Report(notes, warnings, new Verdict.Unknown(why + "; no counterexample in " + n + " tests, not a proof", n));
    }

    private static Value randomValue(Sort sort, Random random) {
        if (sort instanceof Sort.BitVecSort bv) {
            int w = bv.width();
            return switch (random.nextInt(6)) {
                case 0 -> Value.BitVecValue.of(w, BigInteger.valueOf(random.nextInt(3) - 1));
                case 1 -> Value.BitVecValue.of(w, BigInteger.ONE.shiftLeft(random.nextInt(w)));
                case 2 -> Value.BitVecValue.of(w, BigInteger.ONE.shiftLeft(random.nextInt(w)).negate());
                case 3 -> Value.BitVecValue.of(w, BigInteger.valueOf(random.nextInt(64)));
                case 4 -> Value.BitVecValue.of(w, new BigInteger(w, random).and(new BigInteger(w, random)).and(new BigInteger(w, random)));
                default -> Value.BitVecValue.of(w, new BigInteger(w, random));
            };
        }
        if (sort.equals(Sort.INT)) {
            return Value.of(random.nextBoolean() ? random.nextInt(33) - 16 : random.nextInt());
        }
        return Value.of(random.nextBoolean());
    }
}
