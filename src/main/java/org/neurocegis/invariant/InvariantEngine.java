package org.neurocegis.invariant;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import com.microsoft.z3.Context;

import org.neurocegis.term.Term;
import org.neurocegis.verify.Certificate;
import org.neurocegis.verify.Z3Contexts;

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
        return run(system, kind, deadlineNanos, t -> true, b -> true, log);
    }

    /**
     * @param replays the independent check of a trace: one that does not replay (Z3 and our evaluator disagree, or
     *                a bug) is no reason to stop looking for an invariant
     * @param conforms whether an invariant is derivable from the grammar: one that is not does not stop the other lane
     */
    public static Result run(TransitionSystem system, Kind kind, long deadlineNanos, Predicate<Certificate.Trace> replays,
                             Predicate<Term> conforms, PrintWriter log) {
        return run(system, kind, deadlineNanos, replays, conforms, AtomRanking.FIXED, new IceRounds(), log);
    }

    /**
     * @param ranking how our learner orders its atoms
     * @param rounds  what our learner asked its teacher (filled in)
     */
    public static Result run(TransitionSystem system, Kind kind, long deadlineNanos, Predicate<Certificate.Trace> replays,
                             Predicate<Term> conforms, AtomRanking ranking, IceRounds rounds, PrintWriter log) {
        long now = System.nanoTime();
        long quick = now + (long) ((deadlineNanos - now) * QUICK_SHARE);
        // the quick look runs beside the lanes (it costs a tenth of a second or more, the lanes need not wait for it);
        // a trace that replays stops them
        Interrupter.Cancellation lanes = new Interrupter.Cancellation();
        Interrupter.Cancellation stopBmc = new Interrupter.Cancellation();
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "quick-bmc");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<Optional<Certificate.Trace>> look = executor.submit(() -> {
                Optional<Certificate.Trace> t = Bmc.search(system, QUICK_DEPTH, quick, stopBmc);
                if (t.isPresent() && replays.test(t.get())) lanes.cancel();
                return t;
            });
            Result result = switch (kind) {
                case ice -> usable(ice(system, deadlineNanos, lanes, ranking, rounds, log), conforms);
                case spacer -> usable(spacer(system, deadlineNanos, lanes, Z3Contexts.open(), log), conforms);
                case portfolio -> portfolio(system, deadlineNanos, lanes, conforms, ranking, rounds, log);
            };
            // an invariant found first needs no trace; otherwise the quick look's answer (it ends by its deadline)
            if (result instanceof Result.Found && !lanes.cancelled()) return result;
            Optional<Certificate.Trace> shallow = quickLook(look);
            if (shallow.isPresent()) {
                if (replays.test(shallow.get())) return new Result.Unsafe(shallow.get(), "bmc");
                log(log, "bmc: a trace that does not replay, set aside: %s", shallow.get().describe());
            }
            if (result instanceof Result.Unsafe u && !replays.test(u.trace())) {
                return new Result.NotFound(u.lane() + " found a trace that does not replay");
            }
            return result;
        } finally {
            stopBmc.cancel();
            executor.shutdown();
            try {
                executor.awaitTermination(2, TimeUnit.SECONDS);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Optional<Certificate.Trace> quickLook(Future<Optional<Certificate.Trace>> look) {
        try {
            return look.get();
        } catch (ExecutionException | InterruptedException ex) {
            if (ex instanceof InterruptedException) Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /**
     * Both lanes at once, on two threads (measured better than one after the other on this machine's two cores):
     * the first to find something stops the other.
     */
    private static Result portfolio(TransitionSystem system, long deadlineNanos, Interrupter.Cancellation cancellation,
                                    Predicate<Term> conforms, AtomRanking ranking, IceRounds rounds, PrintWriter log) {
        Interrupter.Cancellation stopSpacer = new Interrupter.Cancellation();
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "spacer");
            t.setDaemon(true);
            return t;
        });
        // Spacer's context is made first, here: made on its own thread, it waited behind our learner's (each costs
        // 15 ms, one at a time), and Spacer answers most systems
        Context spacerContext = Z3Contexts.open();
        try {
            Future<Result> spacer = executor.submit(() -> {
                Result r = usable(spacer(system, deadlineNanos, stopSpacer, spacerContext, log), conforms);
                if (!(r instanceof Result.NotFound)) cancellation.cancel();
                return r;
            });
            Result ice = usable(ice(system, deadlineNanos, cancellation, ranking, rounds, log), conforms);
            if (!(ice instanceof Result.NotFound) && !cancellation.cancelled()) {
                return ice;
            }
            // cancelled with nothing from our learner: Spacer has answered, or the quick look found a trace
            if (cancellation.cancelled()) stopSpacer.cancel();
            try {
                Result other = spacer.get();
                return other instanceof Result.NotFound && !(ice instanceof Result.NotFound) ? ice : other;
            } catch (ExecutionException | InterruptedException ex) {
                if (ex instanceof InterruptedException) Thread.currentThread().interrupt();
                return ice;
            }
        } finally {
            // Spacer's Z3 call returns once interrupted; let it close its context before the solve goes on
            stopSpacer.cancel();
            executor.shutdown();
            try {
                executor.awaitTermination(2, TimeUnit.SECONDS);
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** A lane's invariant outside the grammar counts as nothing found. */
    private static Result usable(Result r, Predicate<Term> conforms) {
        if (r instanceof Result.Found f && !conforms.test(f.body())) {
            return new Result.NotFound(f.lane() + "'s invariant is not derivable from the grammar");
        }
        return r;
    }

    private static Result ice(TransitionSystem system, long deadlineNanos, Interrupter.Cancellation cancellation,
                              AtomRanking ranking, IceRounds rounds, PrintWriter log) {
        Ice.Learned learned;
        try {
            learned = Ice.learn(system, deadlineNanos, cancellation, ranking, rounds, log);
        } catch (com.microsoft.z3.Z3Exception ex) {
            // interrupted where no check expected it (cancelled while setting up): nothing found, not an error
            return new Result.NotFound("the ICE learner was interrupted: " + ex.getMessage());
        }
        if (learned.invariant().isPresent()) return new Result.Found(learned.invariant().get(), "ice");
        if (learned.clash()) {
            // a clash is a reason to look for the trace, not evidence itself
            Optional<Certificate.Trace> deep = Bmc.search(system, MAX_DEPTH, deadlineNanos);
            if (deep.isPresent()) return new Result.Unsafe(deep.get(), "ice, bmc");
        }
        return new Result.NotFound("the ICE learner found no invariant");
    }

    private static Result spacer(TransitionSystem system, long deadlineNanos, Interrupter.Cancellation cancellation,
                                 Context context, PrintWriter log) {
        Spacer.Answer answer = Spacer.solve(system, deadlineNanos, cancellation, context);
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
