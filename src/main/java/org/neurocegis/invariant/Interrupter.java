package org.neurocegis.invariant;

import java.util.ArrayList;
import java.util.List;
import java.util.Timer;
import java.util.TimerTask;

import com.microsoft.z3.Context;

/**
 * Interrupts Z3 at the deadline (the HORN solver does not always honour its own time limit), or when the lane it
 * belongs to is cancelled because another lane of the portfolio has answered.
 */
final class Interrupter implements AutoCloseable {
    /** Cancels every Z3 context registered with it, now and later: one per run of the lanes. */
    static final class Cancellation {
        private final List<Context> contexts = new ArrayList<>();
        private boolean cancelled;

        synchronized void cancel() {
            cancelled = true;
            for (Context c : contexts) c.interrupt();
        }

        synchronized boolean cancelled() {
            return cancelled;
        }

        private synchronized void register(Context c) {
            contexts.add(c);
            if (cancelled) c.interrupt();
        }

        private synchronized void unregister(Context c) {
            contexts.remove(c);
        }
    }

    static final Cancellation NEVER = new Cancellation();

    private final Timer timer = new Timer("z3-deadline", true);
    private final Context ctx;
    private final Cancellation cancellation;

    Interrupter(Context ctx, long deadlineNanos) {
        this(ctx, deadlineNanos, NEVER);
    }

    Interrupter(Context ctx, long deadlineNanos, Cancellation cancellation) {
        this.ctx = ctx;
        this.cancellation = cancellation;
        if (cancellation != NEVER) cancellation.register(ctx);
        long delay = Math.max(1, (deadlineNanos - System.nanoTime()) / 1_000_000L);
        timer.schedule(new TimerTask() {
            @Override public void run() {
                ctx.interrupt();
            }
        }, delay);
    }

    @Override public void close() {
        timer.cancel();
        if (cancellation != NEVER) cancellation.unregister(ctx);
    }
}
