package org.neurocegis.neural;

import org.neurocegis.search.Examples;
import org.neurocegis.search.Proposer;
import org.neurocegis.search.Weights;
import org.neurocegis.sygus.Grammar;
import org.neurocegis.sygus.Problem;
import org.neurocegis.sygus.SynthFun;

/** Every production costs 1: the enumerator then emits terms in order of size. */
public final class UniformProposer implements Proposer {
    @Override
    public Weights weights(Problem problem, SynthFun function, Grammar grammar, Examples examples) {
        return Weights.uniform(grammar);
    }

    @Override
    public String name() {
        return "uniform";
    }

    @Override
    public boolean uniform() {
        return true;
    }
}
