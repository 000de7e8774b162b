package org.neurocegis.cli;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The backstop of a time limit: the solver checks its deadline itself, and this catches a stage that overruns it
 * (a native call, say). Whoever comes first, the solver with its answer or the watchdog at the limit, gets to
 * answer; the other stays silent.
 */
final class Watchdog {
    private final AtomicBoolean answered = new AtomicBoolean();
    private final Thread thread;

    /** Starts a watchdog that runs {@code atLimit} after {@code limitMillis}, unless {@link #claim()} came first. */
    Watchdog(long limitMillis, Runnable atLimit) {
        thread = new Thread(() -> {
            try {
                Thread.sleep(limitMillis);
            } catch (InterruptedException ex) {
                return;
            }
            if (answered.compareAndSet(false, true)) atLimit.run();
        }, "watchdog");
        thread.setDaemon(true);
        thread.start();
    }

    /** Claims the answer for the solver; false when the watchdog already answered. */
    boolean claim() {
        boolean first = answered.compareAndSet(false, true);
        thread.interrupt();
        return first;
    }
}
