package org.neurocegis.verify;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.microsoft.z3.Context;

/**
 * Where the solver's Z3 contexts come from. Making one costs about 15 ms (Z3 allocates some 16 MB for it, fresh
 * memory), and closing one that has worked up to 40 ms (Spacer's, say), both on the way of an easy problem's
 * answer: the first context is made on a second core while the problem is read, and a closed context is freed on a
 * background thread, which the process's exit does not wait for.
 */
public final class Z3Contexts {
    private static Thread preloader;
    /** Made by the preloader, until someone takes it. */
    private static Context premade;
    private static ExecutorService closer;

    private Z3Contexts() {}

    /** A context whose {@link #close} hands the freeing to the background thread. */
    private static final class Owned extends Context {
        @Override public void close() {
            closer().execute(super::close);
        }
    }

    private static synchronized ExecutorService closer() {
        if (closer == null) {
            closer = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "neurocegis-z3-closer");
                t.setDaemon(true);
                return t;
            });
        }
        return closer;
    }

    /**
     * Starts loading Z3's native library (34 MB) and making a first context on a background thread, once, so that
     * both overlap the JVM's and the command's start and the reading of the problem. A process that ends calls
     * {@link #awaitPreload} first: a library half-loaded at exit is not safe.
     */
    public static synchronized void preload() {
        if (preloader != null) return;
        Thread t = new Thread(() -> {
            try {
                Context made = new Owned();
                synchronized (Z3Contexts.class) {
                    premade = made;
                }
            } catch (LinkageError | RuntimeException e) {
                // reported when a context is asked for
            }
        }, "neurocegis-z3-loader");
        t.setDaemon(true);
        t.start();
        preloader = t;
    }

    /** Waits for a {@link #preload} in flight, if any. */
    public static void awaitPreload() {
        Thread t;
        synchronized (Z3Contexts.class) {
            t = preloader;
        }
        if (t == null) return;
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A new context (the one made ahead, if it is still there), to be closed by its user. */
    public static Context open() {
        // the preloader is loading the library this needs anyway, and may have a context ready
        awaitPreload();
        synchronized (Z3Contexts.class) {
            if (premade != null) {
                Context c = premade;
                premade = null;
                return c;
            }
        }
        return new Owned();
    }
}
