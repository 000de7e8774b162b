package org.neurocegis.neural;

import java.util.List;
import java.util.Map;

import org.neurocegis.search.Proposer;
import org.neurocegis.sygus.Grammar;
import org.neurocegis.sygus.Problem;
import org.neurocegis.sygus.SynthFun;
import org.neurocegis.term.Value;

/** Every production costs 1: the enumerator then emits terms in order of size. */
public final class UniformProposer implements Proposer {
    @Override
    public int[][] costs(Problem problem, SynthFun function, Grammar grammar, List<Map<String, Value>> examples) {
        int[][] costs = new int[grammar.nonTerminals().size()][];
        for (int i = 0; i < costs.length; i++) {
            costs[i] = new int[grammar.nonTerminals().get(i).productions().size()];
            java.util.Arrays.fill(costs[i], 1);
        }
        return costs;
    }

    @Override
    public String name() {
        return "uniform";
    }
}
