package org.neurocegis.invariant;

import java.util.Timer;
import java.util.TimerTask;

import com.microsoft.z3.Context;

/** Interrupts Z3 at the deadline, for engines that do not honour their own time limit (the HORN solver). */
final class Interrupter implements AutoCloseable {
    private final Timer timer = new Timer("z3-deadline", true);

    Interrupter(Context ctx, long deadlineNanos) {
        long delay = Math.max(1, (deadlineNanos - System.nanoTime()) / 1_000_000L);
        timer.schedule(new TimerTask() {
            @Override public void run() {
                ctx.interrupt();
            }
        }, delay);
    }

    @Override public void close() {
        timer.cancel();
    }
}
