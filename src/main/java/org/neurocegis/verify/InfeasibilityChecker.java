package org.neurocegis.verify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


import org.neurocegis.sygus.Grammar;
import org.neurocegis.sygus.NonTerminal;
import org.neurocegis.sygus.Problem;
import org.neurocegis.sygus.Production;
import org.neurocegis.sygus.SynthFun;
import org.neurocegis.term.Evaluator;
import org.neurocegis.term.FunctionDefinition;
import org.neurocegis.term.Term;
import org.neurocegis.term.TermPrinter;
import org.neurocegis.term.Terms;
import org.neurocegis.term.Value;

/**
 * Checks an infeasibility certificate independently of the search that produced it. A contradiction is handed to
 * Z3 as SMT-LIB text, with the functions left uninterpreted. An exhaustion is replayed: the grammar's behaviours on
 * the certificate's inputs are computed again to a fixpoint, term by term with the scalar {@link Evaluator} (not the
 * enumerator's vector kernels), and each is judged against the whole specification at every point.
 */
public final class InfeasibilityChecker {
    private InfeasibilityChecker() {}

    /** The checker's finding: confirmed, or why not. */
    public record Verdict(boolean confirmed, String detail) {}

    /** At most this many behaviours are replayed per non-terminal; past it the certificate stays unconfirmed. */
    private static final int MAX_BEHAVIOURS = 200_000;

    public static Verdict check(Problem problem, Certificate certificate, long deadlineNanos, int z3TimeoutMillis) {
        try {
            if (certificate instanceof Certificate.Contradiction c) return contradiction(problem, c, z3TimeoutMillis);
            if (certificate instanceof Certificate.Trace t) return TraceReplay.replay(problem, t);
            return exhaustion(problem, (Certificate.Exhaustion) certificate, deadlineNanos);
        } catch (RuntimeException ex) {
            return new Verdict(false, "the check failed: " + ex.getMessage());
        }
    }

    /**
     * The specification with the variables fixed to the point and the functions to synthesise declared but left
     * free: unsatisfiable means that no function at all, let alone one of the grammar, meets it there.
     */
    private static Verdict contradiction(Problem problem, Certificate.Contradiction c, int timeoutMillis) {
        Problem.Specification spec = problem.specification();
        StringBuilder script = new StringBuilder();
        for (Term.Var v : spec.variables()) {
            Value value = c.point().get(v.name());
            if (value == null) return new Verdict(false, "the point has no value for " + v.name());
            script.append("(define-fun ").append(TermPrinter.symbol(v.name())).append(" () ").append(v.sort())
                    .append(' ').append(value).append(")\n");
        }
        for (SynthFun f : problem.synthFuns()) {
            script.append("(declare-fun ").append(TermPrinter.symbol(f.name())).append(" (");
            for (Term.Var p : f.params()) script.append(p.sort()).append(' ');
            script.append(") ").append(f.returnSort()).append(")\n");
        }
        for (FunctionDefinition d : problem.definitions()) script.append(d.toDefineFun()).append('\n');
        script.append("(assert ").append(SmtScript.implication(spec)).append(")\n");
        SmtScript.Result result = SmtScript.check(script.toString(), timeoutMillis);
        if (result.status() == null) return new Verdict(false, result.detail());
        return switch (result.status()) {
            case UNSATISFIABLE -> new Verdict(true, "Z3: no function meets the specification at " + c.point());
            case SATISFIABLE -> new Verdict(false, "Z3 found functions that meet the specification at " + c.point());
            default -> new Verdict(false, "Z3 could not decide: " + result.detail());
        };
    }

    private static Verdict exhaustion(Problem problem, Certificate.Exhaustion e, long deadlineNanos) {
        SynthFun f = problem.synthFun(e.function());
        if (f == null || problem.synthFuns().size() != 1) return new Verdict(false, "not a problem of one function " + e.function());
        if (f.grammar().isEmpty()) return new Verdict(false, "no grammar was given: its terms are not a finite set to exhaust");
        Grammar grammar = f.grammar().get();
        Evaluator plain = new Evaluator(problem.definitionsByName());
        List<List<Value>> inputs = e.inputs();
        List<Map<String, Value>> envs = new ArrayList<>();
        for (List<Value> in : inputs) {
            if (in.size() != f.params().size()) return new Verdict(false, "an input has the wrong arity");
            Map<String, Value> env = new HashMap<>();
            for (int i = 0; i < in.size(); i++) env.put(f.params().get(i).name(), in.get(i));
            envs.add(env);
        }
        // the least fixpoint of the grammar's behaviours (value vectors on the inputs), one representative each
        List<NonTerminal> nts = grammar.nonTerminals();
        Map<String, Integer> ntIndex = new HashMap<>();
        for (int i = 0; i < nts.size(); i++) ntIndex.put(nts.get(i).name(), i);
        List<Map<List<Value>, Term>> behaviours = new ArrayList<>();
        for (int i = 0; i < nts.size(); i++) behaviours.add(new LinkedHashMap<>());
        List<List<List<Value>>> all = new ArrayList<>();
        for (int i = 0; i < nts.size(); i++) all.add(new ArrayList<>());
        int[] previousKnown = new int[nts.size()];
        for (int round = 0; ; round++) {
            int[] known = new int[nts.size()];
            for (int i = 0; i < nts.size(); i++) known[i] = all.get(i).size();
            for (int n = 0; n < nts.size(); n++) {
                for (Production p : nts.get(n).productions()) {
                    List<Term> templates = new ArrayList<>();
                    if (p instanceof Production.AnyConstant k) {
                        return new Verdict(false, "(Constant " + k.sort() + ") stands for infinitely many terms");
                    } else if (p instanceof Production.AnyVariable v) {
                        for (Term.Var x : f.params()) if (x.sort().equals(v.sort())) templates.add(x);
                    } else {
                        templates.add(((Production.Rule) p).template());
                    }
                    for (Term template : templates) {
                        List<Term.Hole> holes = Terms.holes(template);
                        int[] kids = new int[holes.size()];
                        for (int k = 0; k < kids.length; k++) {
                            Integer idx = ntIndex.get(holes.get(k).nonTerminal());
                            if (idx == null) return new Verdict(false, "unknown non-terminal " + holes.get(k).nonTerminal());
                            kids[k] = idx;
                        }
                        // semi-naive: after the first round, only combinations with a behaviour new in the last round
                        String stop = combine(template, kids, new int[kids.length], 0, false, round == 0, known,
                                previousKnown, all, n, behaviours, envs, plain, deadlineNanos);
                        if (stop != null) return new Verdict(false, stop);
                    }
                }
            }
            boolean changed = false;
            for (int i = 0; i < nts.size(); i++) {
                List<List<Value>> list = all.get(i);
                int k = 0;
                for (List<Value> v : behaviours.get(i).keySet()) if (k++ >= list.size()) list.add(v);
                changed |= list.size() != known[i];
            }
            if (!changed) break;
            previousKnown = known;
        }
        // judge each behaviour of the start symbol against the whole specification at every point
        Problem.Specification spec = problem.specification();
        Map<List<Value>, Integer> inputIndex = new HashMap<>();
        for (int i = 0; i < inputs.size(); i++) inputIndex.put(inputs.get(i), i);
        Map<List<Value>, Term> start = behaviours.get(0);
        for (Map.Entry<List<Value>, Term> entry : start.entrySet()) {
            if (System.nanoTime() > deadlineNanos) return new Verdict(false, "out of time while judging the behaviours");
            List<Value> vector = entry.getKey();
            Map<String, Evaluator.Oracle> oracle = Map.of(f.name(), args -> {
                Integer i = inputIndex.get(args);
                if (i == null) throw new OffInputs();
                return vector.get(i);
            });
            Evaluator judge = new Evaluator(problem.definitionsByName(), oracle);
            boolean fails = false;
            for (Map<String, Value> point : e.points()) {
                try {
                    if (!holds(judge, spec, point)) {
                        fails = true;
                        break;
                    }
                } catch (OffInputs ex) {
                    return new Verdict(false, "the specification calls " + f.name() + " off the certificate's inputs");
                }
            }
            if (!fails) {
                return new Verdict(false, "refuted: " + entry.getValue() + " meets the specification at every point");
            }
        }
        return new Verdict(true, "replayed: " + start.size() + " behaviours of the start symbol on " + inputs.size()
                + " inputs, none meets the specification at the " + e.points().size() + " points");
    }

    /** Whether the assumes imply the constraints at a point. */
    private static boolean holds(Evaluator judge, Problem.Specification spec, Map<String, Value> point) {
        for (Term a : spec.assumes()) if (!((Value.BoolValue) judge.eval(a, point)).value()) return true;
        for (Term c : spec.constraints()) if (!((Value.BoolValue) judge.eval(c, point)).value()) return false;
        return true;
    }

    private static final class OffInputs extends RuntimeException {
        OffInputs() {
            super(null, null, false, false);
        }
    }

    private static String combine(Term template, int[] kids, int[] choice, int k, boolean usedNew, boolean firstRound,
                                  int[] known, int[] lastKnown, List<List<List<Value>>> all, int nt,
                                  List<Map<List<Value>, Term>> behaviours, List<Map<String, Value>> envs,
                                  Evaluator plain, long deadlineNanos) {
        if (k == kids.length) {
            if (!firstRound && !usedNew) return null;
            if (System.nanoTime() > deadlineNanos) return "out of time while replaying the grammar";
            List<Value> vector = new ArrayList<>(envs.size());
            Term[] fillers = new Term[kids.length];
            for (int i = 0; i < envs.size(); i++) {
                for (int c = 0; c < kids.length; c++) fillers[c] = Term.lit(all.get(kids[c]).get(choice[c]).get(i));
                vector.add(plain.eval(Terms.fillHoles(template, fillers), envs.get(i)));
            }
            Map<List<Value>, Term> mine = behaviours.get(nt);
            if (!mine.containsKey(vector)) {
                if (mine.size() >= MAX_BEHAVIOURS) return "more than " + MAX_BEHAVIOURS + " behaviours to replay";
                mine.put(vector, template); // the representative's shape only names the behaviour in messages
            }
            return null;
        }
        int upto = known[kids[k]];
        for (int i = 0; i < upto; i++) {
            choice[k] = i;
            boolean isNew = i >= lastKnown[kids[k]];
            String stop = combine(template, kids, choice, k + 1, usedNew || isNew, firstRound, known, lastKnown, all, nt,
                    behaviours, envs, plain, deadlineNanos);
            if (stop != null) return stop;
        }
        return null;
    }
}
