package org.neurocegis.verify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import com.microsoft.z3.Model;
import com.microsoft.z3.Params;
import com.microsoft.z3.Solver;
import com.microsoft.z3.Status;

import org.neurocegis.sygus.Problem;
import org.neurocegis.term.FunctionDefinition;
import org.neurocegis.term.Term;
import org.neurocegis.term.Terms;
import org.neurocegis.term.Value;

/**
 * Proves candidate bodies against a problem's whole specification, or finds a counterexample: checks that
 * {@code assumes and not(constraints)} is unsatisfiable. One Z3 context per verifier (per solve), reused across
 * candidates with push/pop; close it when done.
 */
public final class Verifier implements AutoCloseable {
    private final Context ctx;
    /** The assumes that do not mention the candidates, translated once; every check starts from them. */
    private final List<BoolExpr> base = new ArrayList<>();
    private Params params;
    private final Problem.Specification spec;
    private final Z3Translator definitions;
    private final Map<String, Expr<?>> variables = new HashMap<>();
    private final boolean assumesMentionCandidates;
    private long checks;
    private long nanos;

    /**
     * @param timeoutMillis Z3's limit for one check; 0 for none
     */
    public Verifier(Problem problem, int timeoutMillis) {
        this.ctx = Z3Contexts.open();
        this.spec = problem.specification();
        this.definitions = new Z3Translator(ctx, problem.definitionsByName());
        setTimeout(timeoutMillis);
        for (Term.Var v : spec.variables()) variables.put(v.name(), definitions.variable(v));
        java.util.Set<String> names = new java.util.HashSet<>();
        for (org.neurocegis.sygus.SynthFun f : problem.synthFuns()) names.add(f.name());
        java.util.Set<String> dependent = Terms.dependents(problem.definitionsByName(), names);
        boolean mentions = false;
        for (Term a : spec.assumes()) mentions |= Terms.callsAny(a, dependent);
        this.assumesMentionCandidates = mentions;
        if (!mentions) {
            for (Term a : spec.assumes()) base.add(definitions.translateBool(a));
        }
    }

    /** Sets Z3's limit for each following check, in milliseconds; 0 for none. */
    public void setTimeout(int timeoutMillis) {
        params = ctx.mkParams();
        params.add("timeout", timeoutMillis > 0 ? timeoutMillis : Integer.MAX_VALUE);
    }

    public Problem.Specification specification() {
        return spec;
    }

    /** Checks the candidates (one body per synth-fun) against every constraint. */
    public VerificationResult verify(Map<String, FunctionDefinition> candidates) {
        return verify(candidates, spec.constraints(), spec.labels());
    }

    /** Checks the candidates against the given constraints only (all of them must hold), named by {@code labels}. */
    public VerificationResult verify(Map<String, FunctionDefinition> candidates, List<Term> constraints, List<String> labels) {
        long start = System.nanoTime();
        Z3Translator translator = definitions.with(candidates);
        List<BoolExpr> goals = new ArrayList<>();
        for (Term c : constraints) goals.add(translator.translateBool(c));
        try {
            List<BoolExpr> query = new ArrayList<>();
            if (assumesMentionCandidates) {
                for (Term a : spec.assumes()) query.add(translator.translateBool(a));
            }
            query.add(ctx.mkNot(ctx.mkAnd(goals.toArray(new BoolExpr[0]))));
            return check(query, goals, labels);
        } finally {
            nanos += System.nanoTime() - start;
        }
    }

    /**
     * Checks that at every point (where the assumes hold) at least one of the formulas is true; the formulas may
     * call the problem's defined functions, but not the functions being synthesised.
     */
    public VerificationResult verifyDisjunction(List<Term> formulas) {
        long start = System.nanoTime();
        List<BoolExpr> negated = new ArrayList<>();
        for (Term t : formulas) negated.add(ctx.mkNot(definitions.translateBool(t)));
        try {
            return check(negated, List.of(), List.of());
        } finally {
            nanos += System.nanoTime() - start;
        }
    }

    /**
     * Checks the assumes with {@code query} on a fresh solver of the shared context: Z3 then
     * preprocesses the whole query (e.g. bit-blasting), which its incremental mode after a push does not do, and
     * which made large checks an order of magnitude slower.
     */
    private VerificationResult check(List<BoolExpr> query, List<BoolExpr> goals, List<String> labels) {
        Solver fresh = ctx.mkSolver();
        fresh.setParameters(params);
        fresh.add(base.toArray(new BoolExpr[0]));
        fresh.add(query.toArray(new BoolExpr[0]));
        Status status = fresh.check();
        checks++;
        if (status == Status.UNSATISFIABLE) return new VerificationResult.Proved();
        if (status == Status.UNKNOWN) return new VerificationResult.Unknown(fresh.getReasonUnknown());
        Model model = fresh.getModel();
        Map<String, Value> point = new HashMap<>();
        for (Term.Var v : spec.variables()) {
            Expr<?> value = model.eval(variables.get(v.name()), true);
            point.put(v.name(), Z3Translator.valueOf(value, v.sort()));
        }
        String broken = goals.isEmpty() ? "the case split (no case holds)" : "some constraint";
        for (int i = 0; i < goals.size(); i++) {
            if (model.eval(goals.get(i), true).isFalse()) {
                broken = labels.get(i);
                break;
            }
        }
        return new VerificationResult.Counterexample(point, broken);
    }

    /** Number of Z3 checks so far. */
    public long checks() {
        return checks;
    }

    /** Time spent in Z3 so far, in nanoseconds. */
    public long nanos() {
        return nanos;
    }

    /** The verifier's Z3 context, for callers that build side queries (e.g. solving for constants). */
    public Context context() {
        return ctx;
    }

    @Override
    public void close() {
        ctx.close();
    }
}
