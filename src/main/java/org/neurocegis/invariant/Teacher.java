package org.neurocegis.invariant;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import com.microsoft.z3.Params;
import com.microsoft.z3.Solver;
import com.microsoft.z3.Status;

import org.neurocegis.term.Term;
import org.neurocegis.term.Value;
import org.neurocegis.verify.Z3Contexts;

/**
 * Checks a candidate invariant's three clauses one by one and says which fails, with a typed counterexample: a
 * positive state (initial, outside the candidate), a negative state (inside, breaking post) or an implication pair
 * (inside, and a step leads outside). One solver per clause keeps the system asserted across checks.
 */
@SuppressWarnings({"unchecked", "rawtypes", "try"}) // Z3's generic API (varargs of Expr<BoolSort>); a resource held only to be closed
final class Teacher implements AutoCloseable {
    /** The teacher's answer. */
    sealed interface Verdict {
        record Inductive() implements Verdict {}
        record Positive(List<Value> state) implements Verdict {}
        record Negative(List<Value> state) implements Verdict {}
        record Implication(List<Value> from, List<Value> to) implements Verdict {}
        record Unknown(String why) implements Verdict {}
    }

    private final Context ctx = Z3Contexts.open();
    private final Unrolling u;
    private final Expr<?>[] s;
    private final Expr<?>[] next;
    private final Solver initial;
    private final Solver step;
    private final Solver safe;
    private final long deadlineNanos;
    /** The end of the current stage of the learner (no later than the deadline): checks past it answer Unknown. */
    private long stageNanos;

    private final Interrupter interrupter;
    private final Interrupter.Cancellation cancellation;

    Teacher(TransitionSystem system, long deadlineNanos) {
        this(system, deadlineNanos, Interrupter.NEVER);
    }

    Teacher(TransitionSystem system, long deadlineNanos, Interrupter.Cancellation cancellation) {
        this.interrupter = new Interrupter(ctx, deadlineNanos, cancellation);
        this.cancellation = cancellation;
        this.u = new Unrolling(system, ctx);
        this.deadlineNanos = deadlineNanos;
        this.stageNanos = deadlineNanos;
        this.s = u.state("s");
        this.next = u.state("n");
        initial = ctx.mkSolver();
        initial.add(u.pre(s, u.inputs("ipre")));
        step = ctx.mkSolver();
        step.add(u.trans(s, next, u.inputs("istep")));
        safe = ctx.mkSolver();
        safe.add(ctx.mkNot(u.post(s, u.inputs("ipost"))));
    }

    /** Checks from now on end by {@code nanos} (or the deadline, if earlier). */
    void stageUntil(long nanos) {
        stageNanos = Math.min(nanos, deadlineNanos);
    }

    BoolExpr at(Term candidate, Expr<?>[] state) {
        return u.atState(candidate, state);
    }

    Verdict check(Term candidate) {
        BoolExpr now = at(candidate, s);
        Verdict v = query(initial, ctx.mkNot(now), Kind.POSITIVE);
        if (!(v instanceof Verdict.Inductive)) return v;
        v = query(safe, now, Kind.NEGATIVE);
        if (!(v instanceof Verdict.Inductive)) return v;
        return query(step, ctx.mkAnd(now, ctx.mkNot(at(candidate, next))), Kind.IMPLICATION);
    }

    /** Only the consecution clause: a pair leaving the candidate, or Inductive. */
    Verdict consecution(Term candidate) {
        return query(step, ctx.mkAnd(at(candidate, s), ctx.mkNot(at(candidate, next))), Kind.IMPLICATION);
    }

    /** Only the initiation clause. */
    Verdict initiation(Term candidate) {
        return query(initial, ctx.mkNot(at(candidate, s)), Kind.POSITIVE);
    }

    /** Only the safety clause. */
    Verdict safety(Term candidate) {
        return query(safe, at(candidate, s), Kind.NEGATIVE);
    }

    private Verdict counterexample(Solver solver, Kind kind) {
        List<Value> a = u.values(solver.getModel(), s, u.system().state());
        return switch (kind) {
            case POSITIVE -> new Verdict.Positive(a);
            case NEGATIVE -> new Verdict.Negative(a);
            case IMPLICATION -> new Verdict.Implication(a, u.values(solver.getModel(), next, u.system().state()));
        };
    }

    /**
     * A subset of an inductive conjunction that is still inductive and still implies post: the clauses post needs,
     * then, until nothing changes, the clauses a step needs to keep those (unsat cores of Z3, over the whole
     * conjunction as the premise). Initiation holds of any subset. Empty if a check does not come back unsat.
     */
    Optional<List<Term>> core(List<Term> inductive) {
        BoolExpr[] guards = new BoolExpr[inductive.size()];
        BoolExpr[] now = new BoolExpr[inductive.size()];
        for (int i = 0; i < guards.length; i++) {
            guards[i] = ctx.mkBoolConst("!core" + i);
            now[i] = at(inductive.get(i), s);
        }
        java.util.BitSet kept = new java.util.BitSet();
        java.util.BitSet needed = needed(safe, guards, now, ctx.mkTrue());
        if (needed == null) return Optional.empty();
        while (!kept.equals(needed)) {
            java.util.BitSet fresh = (java.util.BitSet) needed.clone();
            fresh.andNot(kept);
            kept.or(needed);
            BoolExpr[] leave = new BoolExpr[fresh.cardinality()];
            int k = 0;
            for (int i = fresh.nextSetBit(0); i >= 0; i = fresh.nextSetBit(i + 1)) leave[k++] = ctx.mkNot(at(inductive.get(i), next));
            java.util.BitSet more = needed(step, guards, now, ctx.mkOr(leave));
            if (more == null) return Optional.empty();
            needed.or(more);
        }
        List<Term> out = new ArrayList<>();
        for (int i = kept.nextSetBit(0); i >= 0; i = kept.nextSetBit(i + 1)) out.add(inductive.get(i));
        return Optional.of(out);
    }

    /** The clauses of an unsat core of {@code solver} ∧ the guarded clauses ∧ {@code goal}, or null. */
    private java.util.BitSet needed(Solver solver, BoolExpr[] guards, BoolExpr[] clauses, BoolExpr goal) {
        if (openScope(solver) != null) return null;
        try {
            for (int i = 0; i < guards.length; i++) solver.add(ctx.mkImplies(guards[i], clauses[i]));
            solver.add(goal);
            if (solver.check(guards) != Status.UNSATISFIABLE) return null;
            java.util.BitSet out = new java.util.BitSet();
            java.util.Map<BoolExpr, Integer> index = new java.util.HashMap<>();
            for (int i = 0; i < guards.length; i++) index.put(guards[i], i);
            for (BoolExpr g : solver.getUnsatCore()) out.set(index.get(g));
            return out;
        } catch (com.microsoft.z3.Z3Exception ex) {
            return null;
        } finally {
            pop(solver);
        }
    }

    /**
     * Gives {@code solver} the stage's time left as its timeout and pushes a scope for one query; null when it did,
     * else why not (no time left, cancelled, or Z3's refusal of the push).
     */
    private Verdict.Unknown openScope(Solver solver) {
        long millis = (stageNanos - System.nanoTime()) / 1_000_000L;
        if (millis <= 0) return new Verdict.Unknown("timeout");
        if (cancellation.cancelled()) return new Verdict.Unknown("cancelled");
        Params p = ctx.mkParams();
        p.add("timeout", (int) Math.min(Integer.MAX_VALUE, millis));
        solver.setParameters(p);
        try {
            // cancelled (another lane answered, or the quick look found a trace): Z3 refuses even the push
            solver.push();
            return null;
        } catch (com.microsoft.z3.Z3Exception ex) {
            return new Verdict.Unknown(ex.getMessage());
        }
    }

    private static void pop(Solver solver) {
        try {
            solver.pop();
        } catch (com.microsoft.z3.Z3Exception ex) {
            // cancelled: the context is closed next anyway
        }
    }

    private enum Kind { POSITIVE, NEGATIVE, IMPLICATION }

    private Verdict query(Solver solver, BoolExpr extra, Kind kind) {
        Verdict.Unknown closed = openScope(solver);
        if (closed != null) return closed;
        try {
            solver.add(extra);
            Status st = solver.check();
            if (st == Status.UNSATISFIABLE) return new Verdict.Inductive();
            if (st != Status.SATISFIABLE) return new Verdict.Unknown(solver.getReasonUnknown());
            return counterexample(solver, kind);
        } catch (com.microsoft.z3.Z3Exception ex) {
            return new Verdict.Unknown(ex.getMessage());
        } finally {
            pop(solver);
        }
    }

    @Override public void close() {
        interrupter.close();
        ctx.close();
    }
}
