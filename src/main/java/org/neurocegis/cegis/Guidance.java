package org.neurocegis.cegis;

import org.neurocegis.search.Proposer;

/**
 * How the enumeration is guided: the proposer that weights the grammar; whether partial solutions raise the weight
 * of their productions during the search (online adaptation, as in Probe); and whether uniform weights take over
 * when the guided search has not succeeded within {@code guidedShare} of the time left at its start (the safety
 * net, so that guidance never loses a problem that plain enumeration by size would solve).
 */
public record Guidance(Proposer proposer, boolean adapt, boolean fallback, double guidedShare) {
    public static final double DEFAULT_GUIDED_SHARE = 0.4;

    public Guidance {
        if (!(guidedShare > 0 && guidedShare <= 1)) throw new IllegalArgumentException("guidedShare in (0, 1]");
    }

    /**
     * The defaults for a proposer: no adaptation (measured on the development set, Probe's update on top of the
     * learned weights cost more terms than it saved), and the safety net for a learned proposer.
     */
    public static Guidance of(Proposer proposer) {
        return new Guidance(proposer, false, true, DEFAULT_GUIDED_SHARE);
    }

    /** Whether the search may be guided away from plain enumeration by size. */
    boolean guided() {
        return adapt || !proposer.uniform();
    }
}
