package org.neurocegis.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.neurocegis.sygus.InvConstraint;
import org.neurocegis.sygus.Problem;
import org.neurocegis.sygus.SynthFun;
import org.neurocegis.term.Evaluator;
import org.neurocegis.term.FunctionDefinition;
import org.neurocegis.term.Term;
import org.neurocegis.term.Value;

/**
 * Replays a counterexample trace on the exact evaluator, straight from the problem's inv-constraints (no Z3, and
 * nothing of the code that found the trace): some pre admits the first state, some trans each step, and some post
 * fails at the last. Then no invariant exists: it would have to contain every state of the path, the last included.
 */
final class TraceReplay {
    private TraceReplay() {}

    static InfeasibilityChecker.Verdict replay(Problem problem, Certificate.Trace t) {
        SynthFun inv = problem.synthFun(t.invariant());
        if (inv == null || !inv.invariant()) return no("no invariant named " + t.invariant());
        if (!problem.assumes().isEmpty()) return no("the problem has assumes, which a trace does not account for");
        List<InvConstraint> clauses = new ArrayList<>();
        for (InvConstraint ic : problem.invConstraints()) if (ic.inv().equals(inv.name())) clauses.add(ic);
        if (clauses.isEmpty()) return no("no inv-constraint on " + inv.name());
        int n = t.states().size() - 1;
        if (n < 0 || t.inputs().size() != n + 2) return no("a trace of " + (n + 1) + " states needs " + (n + 2) + " input maps");
        for (List<Value> s : t.states()) {
            if (s.size() != inv.params().size()) return no("a state has the wrong arity");
            for (int i = 0; i < s.size(); i++) {
                if (!s.get(i).sort().equals(inv.params().get(i).sort())) return no("a state value has the wrong sort");
            }
        }
        for (Map<String, Value> in : t.inputs()) {
            for (Term.Var v : problem.variables()) {
                if (in.containsKey(v.name()) && !in.get(v.name()).sort().equals(v.sort())) return no("an input has the wrong sort");
            }
        }
        Evaluator eval = new Evaluator(problem.definitionsByName());
        if (!some(eval, problem, clauses, Part.PRE, t.states().get(0), List.of(), t.inputs().get(0), true)) {
            return no("no pre admits state 0");
        }
        for (int k = 0; k < n; k++) {
            if (!some(eval, problem, clauses, Part.TRANS, t.states().get(k), t.states().get(k + 1), t.inputs().get(k + 1), true)) {
                return no("no trans leads from state " + k + " to state " + (k + 1));
            }
        }
        if (!some(eval, problem, clauses, Part.POST, t.states().get(n), List.of(), t.inputs().get(n + 1), false)) {
            return no("every post holds at state " + n);
        }
        return new InfeasibilityChecker.Verdict(true, "replayed on the evaluator: " + n + " steps from an initial state to a state that breaks the post-condition");
    }

    private enum Part { PRE, TRANS, POST }

    /** Whether some clause's {@code part} evaluates to {@code wanted} on the state(s), the inputs bound globally. */
    private static boolean some(Evaluator eval, Problem problem, List<InvConstraint> clauses, Part part, List<Value> s,
                                List<Value> next, Map<String, Value> inputs, boolean wanted) {
        List<Term> args = new ArrayList<>();
        for (Value v : s) args.add(Term.lit(v));
        for (Value v : next) args.add(Term.lit(v));
        Map<String, FunctionDefinition> defs = problem.definitionsByName();
        for (InvConstraint ic : clauses) {
            String name = switch (part) {
                case PRE -> ic.pre();
                case TRANS -> ic.trans();
                case POST -> ic.post();
            };
            FunctionDefinition d = defs.get(name);
            if (d == null || d.params().size() != args.size()) continue;
            Value v = eval.eval(new Term.Call(name, args, d.returnSort()), inputs);
            if (((Value.BoolValue) v).value() == wanted) return true;
        }
        return false;
    }

    private static InfeasibilityChecker.Verdict no(String why) {
        return new InfeasibilityChecker.Verdict(false, "the trace does not replay: " + why);
    }
}
