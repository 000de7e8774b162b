package org.neurocegis.invariant;

import java.util.Locale;

/**
 * What our learner asked its teacher, for {@code --stats}: the rounds (one teacher counterexample, or the answer,
 * each) of Houdini over atoms, of Houdini over clauses of two literals, and of the decision trees; whether the atoms
 * were ranked by a proposer, and the time that took (a model loaded included).
 */
public final class IceRounds {
    int houdini;
    int clauses;
    int trees;
    String ranking = "fixed order";
    long rankingNanos;

    public int total() {
        return houdini + clauses + trees;
    }

    public String format() {
        return String.format(Locale.ROOT, "%d (Houdini %d, clauses %d, trees %d), atoms: %s, ranking %.3f s", total(),
                houdini, clauses, trees, ranking, rankingNanos / 1e9);
    }
}
