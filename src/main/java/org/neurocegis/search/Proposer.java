package org.neurocegis.search;

import java.util.List;
import java.util.Map;

import org.neurocegis.sygus.Grammar;
import org.neurocegis.sygus.Problem;
import org.neurocegis.sygus.SynthFun;
import org.neurocegis.term.Value;

/**
 * Turns a grammar into a weighted grammar: one positive integer cost per production, given the problem and the
 * current examples. The enumerator emits terms cheapest first, so lower cost means "try earlier". The search never
 * knows how a proposer decides (uniformly, or with a learned model).
 */
public interface Proposer {
    /**
     * @return {@code costs[i][j]}: the cost of production j of non-terminal i of {@code grammar}, at least 1
     */
    int[][] costs(Problem problem, SynthFun function, Grammar grammar, List<Map<String, Value>> examples);

    /** A short name for statistics and logs. */
    String name();
}
