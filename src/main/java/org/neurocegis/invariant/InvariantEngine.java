package org.neurocegis.invariant;

import java.io.PrintWriter;
import java.util.Optional;

import org.neurocegis.term.Term;
import org.neurocegis.verify.Certificate;

/**
 * Runs the invariant lanes on a transition system: Spacer (Z3's CHC engine), and bounded model checking for a
 * trace when the system is unsafe. Whatever it returns is still only a candidate or evidence: the caller proves an
 * invariant, and has a trace replayed, before it answers.
 */
public final class InvariantEngine {
    private InvariantEngine() {}

    /** Which lanes run: our learner, Z3's CHC engine, or both (the default). */
    public enum Kind { ice, spacer, portfolio }

    /** BMC's depth before Spacer gets its turn: cheap, and finds shallow bugs without Spacer. */
    private static final int QUICK_DEPTH = 4;
    /** BMC's share of the time left for the quick look, at most. */
    private static final double QUICK_SHARE = 0.05;
    /** In the portfolio, our learner's share of the time before Spacer takes over, and its most time. */
    private static final double ICE_SHARE = 0.25;
    private static final long ICE_MAX_NANOS = 3_000_000_000L;
    /** The deepest BMC goes when looking for the trace of a system Spacer found unsafe. */
    private static final int MAX_DEPTH = 10_000;

    /** What the lanes found. */
    public sealed interface Result {
        /** A candidate invariant, from {@code lane}. */
        record Found(Term body, String lane) implements Result {}

        /** A trace to a bad state, to be replayed. */
        record Unsafe(Certificate.Trace trace, String lane) implements Result {}

        /** Nothing, and why. */
        record NotFound(String why) implements Result {}
    }

    public static Result run(TransitionSystem system, Kind kind, long deadlineNanos, PrintWriter log) {
        long now = System.nanoTime();
        long quick = now + (long) ((deadlineNanos - now) * QUICK_SHARE);
        Optional<Certificate.Trace> shallow = Bmc.search(system, QUICK_DEPTH, quick);
        if (shallow.isPresent()) return new Result.Unsafe(shallow.get(), "bmc");
        if (kind != Kind.spacer) {
            long start = System.nanoTime();
            long iceDeadline = kind == Kind.ice ? deadlineNanos
                    : Math.min(deadlineNanos, start + Math.min(ICE_MAX_NANOS, (long) ((deadlineNanos - start) * ICE_SHARE)));
            Optional<Term> learned = Ice.learn(system, iceDeadline, log);
            if (learned.isPresent()) return new Result.Found(learned.get(), "ice");
            if (kind == Kind.ice) return new Result.NotFound("the ICE learner found no invariant");
        }
        Spacer.Answer answer = Spacer.solve(system, deadlineNanos);
        log(log, "spacer: %s", answer);
        if (answer instanceof Spacer.Answer.Invariant inv) return new Result.Found(inv.body(), "spacer");
        if (answer instanceof Spacer.Answer.Unsafe) {
            Optional<Certificate.Trace> deep = Bmc.search(system, MAX_DEPTH, deadlineNanos);
            if (deep.isPresent()) return new Result.Unsafe(deep.get(), "spacer, bmc");
            return new Result.NotFound("Spacer says unsafe, but no trace was found in time");
        }
        return new Result.NotFound(((Spacer.Answer.NoAnswer) answer).why());
    }

    private static void log(PrintWriter log, String format, Object... args) {
        if (log != null) {
            log.printf("; " + format + "%n", args);
            log.flush();
        }
    }
}
