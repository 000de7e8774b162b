package org.neurocegis.invariant;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import com.microsoft.z3.Model;
import com.microsoft.z3.Params;
import com.microsoft.z3.Solver;
import com.microsoft.z3.Status;

import org.neurocegis.term.Value;
import org.neurocegis.verify.Z3Contexts;

/**
 * Reachable states from models of pre and of unrolled paths pre ∧ trans^k: every state of every such path is
 * reachable, even where stepping one concrete state is unsatisfiable (SSA loops whose temporaries are part of the
 * state). Each state keeps its provenance (the path length of the model it came from).
 */
@SuppressWarnings({"unchecked", "rawtypes", "try"}) // Z3's generic API (varargs of Expr<BoolSort>); a resource held only to be closed
final class Sampler {
    private Sampler() {}

    /** A reachable state, found on a path of {@code depth} steps at position {@code position}. */
    record Sample(List<Value> state, int depth, int position) {}

    static List<Sample> reachable(TransitionSystem system, int maxDepth, int perDepth, long deadlineNanos) {
        return reachable(system, maxDepth, perDepth, deadlineNanos, Interrupter.NEVER);
    }

    static List<Sample> reachable(TransitionSystem system, int maxDepth, int perDepth, long deadlineNanos,
                                  Interrupter.Cancellation cancellation) {
        List<Sample> samples = new ArrayList<>();
        Set<List<Value>> seen = new LinkedHashSet<>();
        try (Context ctx = Z3Contexts.open(); Interrupter ignored = new Interrupter(ctx, deadlineNanos, cancellation)) {
            Unrolling u = new Unrolling(system, ctx);
            Solver solver = ctx.mkSolver();
            List<Expr<?>[]> states = new ArrayList<>();
            states.add(u.state("s0"));
            solver.add(u.pre(states.get(0), u.inputs("i0")));
            for (int k = 0; k <= maxDepth; k++) {
                solver.push();
                for (int m = 0; m < perDepth; m++) {
                    long millis = (deadlineNanos - System.nanoTime()) / 1_000_000L;
                    if (millis <= 0) return samples;
                    Params p = ctx.mkParams();
                    p.add("timeout", (int) Math.min(Integer.MAX_VALUE, millis));
                    solver.setParameters(p);
                    if (solver.check() != Status.SATISFIABLE) break;
                    Model model = solver.getModel();
                    for (int j = 0; j <= k; j++) {
                        List<Value> s = u.values(model, states.get(j), system.state());
                        if (seen.add(s)) samples.add(new Sample(s, k, j));
                    }
                    // another path next time: the last state differs from this one
                    solver.add(ctx.mkNot(equal(ctx, states.get(k), u.values(model, states.get(k), system.state()), u)));
                }
                solver.pop();
                Expr<?>[] next = u.state("s" + (k + 1));
                solver.add(u.trans(states.get(k), next, u.inputs("i" + (k + 1))));
                states.add(next);
            }
        } catch (com.microsoft.z3.Z3Exception ex) {
            // interrupted at the deadline: what was found so far
        }
        return samples;
    }

    private static BoolExpr equal(Context ctx, Expr<?>[] s, List<Value> values, Unrolling u) {
        BoolExpr[] parts = new BoolExpr[s.length];
        for (int i = 0; i < s.length; i++) parts[i] = ctx.mkEq(s[i], u.value(values.get(i)));
        return ctx.mkAnd(parts);
    }
}
