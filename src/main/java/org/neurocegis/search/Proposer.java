package org.neurocegis.search;

import org.neurocegis.sygus.Grammar;
import org.neurocegis.sygus.Problem;
import org.neurocegis.sygus.SynthFun;

/**
 * Weights a grammar: a probability per production, given the problem and the current examples, with the calibration
 * that turns probabilities into enumeration costs. The enumerator emits cheapest terms first, so a likely production
 * is tried early. The search never knows how a proposer decides (uniformly, or with a learned model).
 */
public interface Proposer {
    Weights weights(Problem problem, SynthFun function, Grammar grammar, Examples examples);

    /** A short name for statistics and logs. */
    String name();

    /** Time spent so far loading what the proposer needs (a model), in nanoseconds, on whatever thread loaded it. */
    default long loadNanos() {
        return 0;
    }

    /** How long callers of {@link #weights} waited so far for loading, in nanoseconds: reported apart from the calls. */
    default long waitNanos() {
        return 0;
    }

    /** Whether {@link #weights} would answer without loading anything first (a model, say). */
    default boolean ready() {
        return true;
    }

    /**
     * Starts loading what {@link #weights} needs, in the background, if it is not loaded or loading already; it may
     * also work out, in the background, the weights for these arguments, so that the call that asks for them does not
     * wait.
     */
    default void prepare(Problem problem, SynthFun function, Grammar grammar, Examples examples) {
    }

    /** Whether the weights are uniform whatever the problem (then a fallback to uniform weights changes nothing). */
    default boolean uniform() {
        return false;
    }
}
