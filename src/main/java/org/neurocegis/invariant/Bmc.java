package org.neurocegis.invariant;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import com.microsoft.z3.Model;
import com.microsoft.z3.Params;
import com.microsoft.z3.Solver;
import com.microsoft.z3.Status;

import org.neurocegis.term.Value;
import org.neurocegis.verify.Certificate;
import org.neurocegis.verify.Z3Contexts;

/**
 * Bounded model checking at increasing depth: is a state that breaks post reachable in k steps? A model becomes a
 * concrete trace (states and every clause use's inputs), which is only evidence: the infeasibility checker replays
 * it on the exact evaluator before {@code infeasible} is printed.
 */
@SuppressWarnings({"unchecked", "rawtypes", "try"}) // Z3's generic API (varargs of Expr<BoolSort>); a resource held only to be closed
final class Bmc {
    private Bmc() {}

    /** A trace of at most {@code maxDepth} steps found before the deadline, or empty. */
    static Optional<Certificate.Trace> search(TransitionSystem system, int maxDepth, long deadlineNanos) {
        return search(system, maxDepth, deadlineNanos, Interrupter.NEVER);
    }

    /** The same, stopped early when {@code cancellation} is cancelled. */
    static Optional<Certificate.Trace> search(TransitionSystem system, int maxDepth, long deadlineNanos,
                                              Interrupter.Cancellation cancellation) {
        try (Context ctx = Z3Contexts.open(); Interrupter ignored = new Interrupter(ctx, deadlineNanos, cancellation)) {
            Unrolling u = new Unrolling(system, ctx);
            Solver solver = ctx.mkSolver();
            List<Expr<?>[]> states = new ArrayList<>();
            List<Expr<?>[]> inputs = new ArrayList<>();
            states.add(u.state("s0"));
            inputs.add(u.inputs("i0"));
            solver.add(u.pre(states.get(0), inputs.get(0)));
            for (int k = 0; k <= maxDepth; k++) {
                long millis = (deadlineNanos - System.nanoTime()) / 1_000_000L;
                if (millis <= 0 || cancellation.cancelled()) return Optional.empty();
                Params p = ctx.mkParams();
                p.add("timeout", (int) Math.min(Integer.MAX_VALUE, millis));
                solver.setParameters(p);
                Expr<?>[] postInputs = u.inputs("post" + k);
                solver.push();
                solver.add(ctx.mkNot(u.post(states.get(k), postInputs)));
                Status status = solver.check();
                if (status == Status.SATISFIABLE) return Optional.of(trace(u, solver.getModel(), states, inputs, postInputs));
                solver.pop();
                if (status != Status.UNSATISFIABLE) return Optional.empty();
                if (k == maxDepth) break;
                Expr<?>[] next = u.state("s" + (k + 1));
                Expr<?>[] in = u.inputs("i" + (k + 1));
                solver.add(u.trans(states.get(k), next, in));
                states.add(next);
                inputs.add(in);
            }
            return Optional.empty();
        } catch (com.microsoft.z3.Z3Exception ex) {
            return Optional.empty();
        }
    }

    private static Certificate.Trace trace(Unrolling u, Model model, List<Expr<?>[]> states, List<Expr<?>[]> inputs,
                                           Expr<?>[] postInputs) {
        List<List<Value>> values = new ArrayList<>();
        for (Expr<?>[] s : states) values.add(u.values(model, s, u.system().state()));
        List<Map<String, Value>> in = new ArrayList<>();
        for (Expr<?>[] i : inputs) in.add(u.inputValues(model, i));
        in.add(u.inputValues(model, postInputs));
        return new Certificate.Trace(u.system().invariant().name(), values, in);
    }
}
