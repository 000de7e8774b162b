package org.neurocegis.search;

import java.util.BitSet;
import java.util.List;

/**
 * Learns a decision tree that picks, for every example unit, a term that is correct on it (EUSolver's
 * divide-and-conquer unification): leaves are terms, inner nodes predicates, chosen by information gain.
 */
public sealed interface DecisionTree {
    record Leaf(int term) implements DecisionTree {}

    record Node(int predicate, DecisionTree yes, DecisionTree no) implements DecisionTree {}

    /**
     * @param units      the number of units (examples)
     * @param covers     per term, the units it is correct on (terms in order of preference, cheapest first)
     * @param predicates per predicate, the units where it holds
     * @return a tree over all units, or null when these terms and predicates cannot separate them
     */
    static DecisionTree learn(int units, List<BitSet> covers, List<BitSet> predicates, int maxDepth) {
        BitSet all = new BitSet(units);
        all.set(0, units);
        BitSet union = new BitSet(units);
        for (BitSet c : covers) union.or(c);
        if (!union.equals(all)) return null;
        int[][] coveringTerms = new int[units][];
        int[] degree = new int[units];
        for (BitSet c : covers) for (int u = c.nextSetBit(0); u >= 0 && u < units; u = c.nextSetBit(u + 1)) degree[u]++;
        for (int u = 0; u < units; u++) coveringTerms[u] = new int[degree[u]];
        int[] fill = new int[units];
        for (int t = 0; t < covers.size(); t++) {
            BitSet c = covers.get(t);
            for (int u = c.nextSetBit(0); u >= 0 && u < units; u = c.nextSetBit(u + 1)) coveringTerms[u][fill[u]++] = t;
        }
        return new Learner(covers, predicates, coveringTerms).learn(all, maxDepth);
    }

    /** ID3 over the units, with EUSolver's label entropy. */
    final class Learner {
        private final List<BitSet> covers;
        private final List<BitSet> predicates;
        private final int[][] coveringTerms;
        private final int[] count;
        private final double[] mass;
        private final BitSet scratch = new BitSet();

        Learner(List<BitSet> covers, List<BitSet> predicates, int[][] coveringTerms) {
            this.covers = covers;
            this.predicates = predicates;
            this.coveringTerms = coveringTerms;
            this.count = new int[covers.size()];
            this.mass = new double[covers.size()];
        }

        DecisionTree learn(BitSet here, int depth) {
            for (int t = 0; t < covers.size(); t++) {
                scratch.clear();
                scratch.or(here);
                scratch.andNot(covers.get(t));
                if (scratch.isEmpty()) return new Leaf(t);
            }
            if (depth == 0) return null;
            int size = here.cardinality();
            double base = entropy(here, size);
            int best = -1;
            double bestGain = Double.NEGATIVE_INFINITY;
            BitSet yes = new BitSet();
            BitSet no = new BitSet();
            for (int p = 0; p < predicates.size(); p++) {
                yes.clear();
                yes.or(here);
                yes.and(predicates.get(p));
                int y = yes.cardinality();
                if (y == 0 || y == size) continue;
                no.clear();
                no.or(here);
                no.andNot(predicates.get(p));
                double gain = base - (y * entropy(yes, y) + (size - y) * entropy(no, size - y)) / size;
                if (gain > bestGain + 1e-12) {
                    bestGain = gain;
                    best = p;
                }
            }
            if (best < 0) return null;
            BitSet yesSet = (BitSet) here.clone();
            yesSet.and(predicates.get(best));
            BitSet noSet = (BitSet) here.clone();
            noSet.andNot(predicates.get(best));
            DecisionTree left = learn(yesSet, depth - 1);
            if (left == null) return null;
            DecisionTree right = learn(noSet, depth - 1);
            if (right == null) return null;
            return new Node(best, left, right);
        }

        /**
         * EUSolver's label entropy: each unit spreads its weight over the terms correct on it, in proportion to how
         * many units of the set each term covers.
         */
        private double entropy(BitSet units, int size) {
            int n = covers.size();
            for (int t = 0; t < n; t++) {
                scratch.clear();
                scratch.or(units);
                scratch.and(covers.get(t));
                count[t] = scratch.cardinality();
                mass[t] = 0;
            }
            for (int u = units.nextSetBit(0); u >= 0; u = units.nextSetBit(u + 1)) {
                int[] ts = coveringTerms[u];
                double total = 0;
                for (int t : ts) total += count[t];
                if (total == 0) continue;
                for (int t : ts) mass[t] += count[t] / total;
            }
            double h = 0;
            for (int t = 0; t < n; t++) {
                if (mass[t] <= 0) continue;
                double p = mass[t] / size;
                h -= p * Math.log(p);
            }
            return h;
        }
    }
}
