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

    /** Time spent so far loading what the proposer needs (a model), in nanoseconds: reported apart from its calls. */
    default long loadNanos() {
        return 0;
    }

    /** Whether {@link #weights} would answer without loading anything first (a model, say). */
    default boolean ready() {
        return true;
    }

    /** Starts loading what {@link #weights} needs, in the background, if it is not loaded or loading already. */
    default void prepare() {
    }

    /** Whether the weights are uniform whatever the problem (then a fallback to uniform weights changes nothing). */
    default boolean uniform() {
        return false;
    }
}
