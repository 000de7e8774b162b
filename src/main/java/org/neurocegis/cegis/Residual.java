package org.neurocegis.cegis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neurocegis.term.Evaluator;
import org.neurocegis.term.FunctionDefinition;
import org.neurocegis.term.Op;
import org.neurocegis.term.Term;
import org.neurocegis.term.Terms;
import org.neurocegis.term.Value;

/**
 * Partial evaluation of a constraint at a point: everything that does not depend on the functions being
 * synthesised becomes a literal, so that what is left mentions only calls of those functions (with literal
 * arguments where they are known). Checking a candidate on an example then costs only the residual.
 */
final class Residual {
    private final Evaluator evaluator;
    private final Map<String, FunctionDefinition> definitions;
    private final Set<String> dependent;
    private final Set<String> synthFuns;

    /**
     * @param synthFuns names of the functions being synthesised
     */
    Residual(Map<String, FunctionDefinition> definitions, Set<String> synthFuns) {
        this.evaluator = new Evaluator(definitions);
        this.definitions = Map.copyOf(definitions);
        this.dependent = Terms.dependents(definitions, synthFuns);
        this.synthFuns = Set.copyOf(synthFuns);
    }

    /**
     * Whether the assumes hold at a point, so that the point constrains anything; an assume that depends on the
     * candidate cannot be decided here and counts as holding.
     */
    boolean admits(List<Term> assumes, Map<String, Value> point) {
        for (Term a : assumes) {
            if (dependsOnCandidate(a)) continue;
            if (residual(a, point) instanceof Term.Lit l && !((Value.BoolValue) l.value()).value()) return false;
        }
        return true;
    }

    /** Whether a defined function's body (not merely its arguments) calls a function being synthesised. */
    boolean bodyDependsOnCandidate(String function) {
        return dependent.contains(function) && !synthFuns.contains(function);
    }

    boolean dependsOnCandidate(Term t) {
        return Terms.callsAny(t, dependent);
    }

    /**
     * The residual of {@code t} under {@code env} (which binds every free variable). A defined function whose body
     * calls a function being synthesised is inlined, so that the calls it makes show up with their arguments.
     */
    Term residual(Term t, Map<String, Value> env) {
        return residual(t, env, env);
    }

    /** {@code globals}: the point itself, which a defined function's body sees (as the evaluator has it). */
    private Term residual(Term t, Map<String, Value> env, Map<String, Value> globals) {
        if (!Terms.callsAny(t, dependent)) return Term.lit(evaluator.eval(t, env));
        if (t instanceof Term.App a) {
            switch (a.op()) {
                case AND: case OR: {
                    boolean isAnd = a.op() == Op.AND;
                    List<Term> rest = new ArrayList<>();
                    for (Term x : a.args()) {
                        Term r = residual(x, env, globals);
                        if (r instanceof Term.Lit l) {
                            boolean b = ((Value.BoolValue) l.value()).value();
                            if (b != isAnd) return Term.bool(b);
                        } else {
                            rest.add(r);
                        }
                    }
                    if (rest.isEmpty()) return Term.bool(isAnd);
                    return rest.size() == 1 ? rest.get(0) : Term.app(a.op(), List.of(), rest);
                }
                case IMPLIES: {
                    // a => b => c: the last is the conclusion, the others premises
                    List<Term> premises = new ArrayList<>();
                    for (int i = 0; i < a.args().size() - 1; i++) {
                        Term r = residual(a.args().get(i), env, globals);
                        if (r instanceof Term.Lit l) {
                            if (!((Value.BoolValue) l.value()).value()) return Term.bool(true);
                        } else {
                            premises.add(r);
                        }
                    }
                    Term conclusion = residual(a.args().get(a.args().size() - 1), env, globals);
                    if (premises.isEmpty()) return conclusion;
                    if (conclusion instanceof Term.Lit l && ((Value.BoolValue) l.value()).value()) return conclusion;
                    premises.add(conclusion);
                    return Term.app(Op.IMPLIES, List.of(), premises);
                }
                case ITE: {
                    Term c = residual(a.args().get(0), env, globals);
                    if (c instanceof Term.Lit l) {
                        return residual(a.args().get(((Value.BoolValue) l.value()).value() ? 1 : 2), env, globals);
                    }
                    return Term.app(Op.ITE, c, residual(a.args().get(1), env, globals), residual(a.args().get(2), env, globals));
                }
                default: {
                    List<Term> args = new ArrayList<>();
                    for (Term x : a.args()) args.add(residual(x, env, globals));
                    return new Term.App(a.op(), a.indices(), args, a.sort());
                }
            }
        }
        if (t instanceof Term.Call c) {
            List<Term> args = new ArrayList<>();
            for (Term x : c.args()) args.add(residual(x, env, globals));
            FunctionDefinition d = definitions.get(c.function());
            if (d != null && bodyDependsOnCandidate(d.name())) {
                // the arguments are closed residuals: substituting them captures nothing
                Map<String, Term> params = new HashMap<>();
                for (int i = 0; i < args.size(); i++) params.put(d.params().get(i).name(), args.get(i));
                return residual(Terms.substitute(d.body(), params), globals, globals);
            }
            return new Term.Call(c.function(), args, c.sort());
        }
        Term.Let l = (Term.Let) t;
        Map<String, Value> inner = new HashMap<>(env);
        for (Term.Binding b : l.bindings()) {
            Term r = residual(b.value(), env, globals);
            if (!(r instanceof Term.Lit lit)) {
                // a let-bound value that depends on the candidate: substitute it instead
                return residual(substitute(l), env, globals);
            }
            inner.put(b.name(), lit.value());
        }
        return residual(l.body(), inner, globals);
    }

    /** The let's body with its bindings substituted (used only where a binding depends on the candidate). */
    private static Term substitute(Term.Let l) {
        Map<String, Term> map = new HashMap<>();
        for (Term.Binding b : l.bindings()) map.put(b.name(), b.value());
        return Terms.substitute(l.body(), map);
    }
}
