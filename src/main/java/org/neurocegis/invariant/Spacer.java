package org.neurocegis.invariant;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.BoolSort;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import com.microsoft.z3.FuncDecl;
import com.microsoft.z3.FuncInterp;
import com.microsoft.z3.Params;
import com.microsoft.z3.Solver;
import com.microsoft.z3.Sort;
import com.microsoft.z3.Status;

import org.neurocegis.term.Term;
import org.neurocegis.verify.Z3Contexts;

/**
 * The Spacer lane: the system as three constrained Horn clauses over one unknown relation, each clause quantified
 * over its own copy of the inputs, solved by Z3's CHC engine. Its invariant is read back as our term; it is a
 * candidate like any other and is proved by the loop before anyone sees it.
 */
@SuppressWarnings({"unchecked", "rawtypes", "try"}) // Z3's generic API (varargs of Expr<BoolSort>); a resource held only to be closed
final class Spacer {
    private Spacer() {}

    /** What Spacer answered: an invariant, that the system is unsafe (no invariant exists), or neither. */
    sealed interface Answer {
        record Invariant(Term body) implements Answer {}
        record Unsafe() implements Answer {}
        record NoAnswer(String why) implements Answer {}
    }

    static Answer solve(TransitionSystem system, long deadlineNanos) {
        return solve(system, deadlineNanos, Interrupter.NEVER);
    }

    static Answer solve(TransitionSystem system, long deadlineNanos, Interrupter.Cancellation cancellation) {
        return solve(system, deadlineNanos, cancellation, Z3Contexts.open());
    }

    /** Solves in {@code context}, which it closes. */
    static Answer solve(TransitionSystem system, long deadlineNanos, Interrupter.Cancellation cancellation, Context context) {
        long millis = (deadlineNanos - System.nanoTime()) / 1_000_000L;
        try (Context ctx = context) {
            if (millis <= 0) return new Answer.NoAnswer("no time left");
            Unrolling u = new Unrolling(system, ctx);
            List<Term.Var> state = system.state();
            Sort[] sorts = new Sort[state.size()];
            Expr<?>[] s = u.state("s");
            Expr<?>[] next = u.state("n");
            for (int i = 0; i < sorts.length; i++) sorts[i] = s[i].getSort();
            FuncDecl<BoolSort> inv = ctx.mkFuncDecl("inv", sorts, ctx.getBoolSort());
            Expr<?>[] inPre = u.inputs("ipre");
            Expr<?>[] inStep = u.inputs("istep");
            Expr<?>[] inPost = u.inputs("ipost");
            Solver horn = ctx.mkSolver("HORN");
            Params p = ctx.mkParams();
            p.add("timeout", (int) Math.min(Integer.MAX_VALUE, millis));
            horn.setParameters(p);
            horn.add(forall(ctx, concat(s, inPre), ctx.mkImplies(u.pre(s, inPre), (BoolExpr) inv.apply(s))));
            horn.add(forall(ctx, concat(concat(s, next), inStep),
                    ctx.mkImplies(ctx.mkAnd((BoolExpr) inv.apply(s), u.trans(s, next, inStep)), (BoolExpr) inv.apply(next))));
            horn.add(forall(ctx, concat(s, inPost),
                    ctx.mkImplies(ctx.mkAnd((BoolExpr) inv.apply(s), ctx.mkNot(u.post(s, inPost))), ctx.mkFalse())));
            Status status;
            try (Interrupter ignored = new Interrupter(ctx, deadlineNanos, cancellation)) {
                status = horn.check();
            }
            if (status == Status.UNSATISFIABLE) return new Answer.Unsafe();
            if (status != Status.SATISFIABLE) return new Answer.NoAnswer("Spacer: " + horn.getReasonUnknown());
            // the interpretation's body reads argument i as the de Bruijn variable i (evaluating inv(s) in the model
            // does not always give it back)
            FuncInterp<BoolSort> interp = horn.getModel().getFuncInterp(inv);
            if (interp == null) return new Answer.NoAnswer("Spacer's model has no interpretation of the invariant");
            if (interp.getNumEntries() > 0) return new Answer.NoAnswer("Spacer's interpretation is a table");
            Expr<?> body = interp.getElse().substituteVars(s);
            Map<Expr<?>, Term.Var> names = new HashMap<>();
            for (int i = 0; i < s.length; i++) names.put(s[i], state.get(i));
            try {
                return new Answer.Invariant(new FromZ3(names).term(body));
            } catch (FromZ3.Untranslatable ex) {
                return new Answer.NoAnswer("Spacer's invariant cannot be read back: " + ex.getMessage());
            }
        } catch (com.microsoft.z3.Z3Exception ex) {
            return new Answer.NoAnswer("Spacer failed: " + ex.getMessage());
        }
    }

    private static BoolExpr forall(Context ctx, Expr<?>[] bound, BoolExpr body) {
        if (bound.length == 0) return body;
        return ctx.mkForall(bound, body, 1, null, null, null, null);
    }

    private static Expr<?>[] concat(Expr<?>[] a, Expr<?>[] b) {
        Expr<?>[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

}
