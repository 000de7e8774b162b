package org.neurocegis.nativelib;

/**
 * Ends the command-line process. {@link System#exit} first looks up a {@link System.Logger} to log the exit, which
 * loads java.util.logging: 20 ms of an easy problem's wall time. Where no shutdown hook has work to do, the process
 * halts instead, once its output is flushed; code that registers a hook that must run says so here first.
 */
public final class ProcessExit {
    private static volatile boolean hooksNeeded;

    private ProcessExit() {}

    /** From now on the process ends through {@link System#exit}, so that the shutdown hooks run. */
    public static void hooksNeeded() {
        hooksNeeded = true;
    }

    /** Ends the process with {@code status}, after flushing standard output and error. */
    public static void exit(int status) {
        System.out.flush();
        System.err.flush();
        if (hooksNeeded) System.exit(status);
        Runtime.getRuntime().halt(status);
    }
}
