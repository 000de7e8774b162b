package org.neurocegis.search;

import java.util.Arrays;

import org.neurocegis.sygus.Grammar;

/**
 * A probability per production of a grammar ({@code p[i][j]}: production j of non-terminal i; each row sums to 1) and
 * the calibration that turns it into enumeration costs: {@code clamp(round(scale * -log2 p), 1, maxCost)}. A grammar
 * enumerated with these costs emits terms in order of decreasing probability of their derivation (in steps of
 * {@code 1/scale} bits). Uniform weights keep every cost at 1, which is enumeration by size.
 */
public record Weights(double[][] probabilities, double scale, int maxCost, boolean unitCosts) {
    /** The calibration used where a model gives none (adapting uniform weights). */
    public static final double DEFAULT_SCALE = 1.0;
    public static final int DEFAULT_MAX_COST = 8;

    public Weights {
        if (!(scale > 0) || maxCost < 1) throw new IllegalArgumentException("scale > 0 and maxCost >= 1 required");
        double[][] copy = new double[probabilities.length][];
        for (int i = 0; i < copy.length; i++) copy[i] = normalised(probabilities[i]);
        probabilities = copy;
    }

    /** Every production of each non-terminal of {@code grammar} equally likely, every cost 1. */
    public static Weights uniform(Grammar grammar) {
        int[] sizes = new int[grammar.nonTerminals().size()];
        for (int i = 0; i < sizes.length; i++) sizes[i] = grammar.nonTerminals().get(i).productions().size();
        return uniform(sizes);
    }

    /** Every production of a non-terminal equally likely, every cost 1. */
    public static Weights uniform(int[] productionsPerNonTerminal) {
        double[][] p = new double[productionsPerNonTerminal.length][];
        for (int i = 0; i < p.length; i++) {
            p[i] = new double[productionsPerNonTerminal[i]];
            Arrays.fill(p[i], 1.0);
        }
        return new Weights(p, DEFAULT_SCALE, DEFAULT_MAX_COST, true);
    }

    /**
     * Weights from per-non-terminal scores (logits): a softmax per non-terminal, mixed with {@code uniformMix} of the
     * uniform distribution so that no production becomes unreachable in practice.
     */
    public static Weights fromLogits(double[][] logits, double uniformMix, double scale, int maxCost) {
        double[][] p = new double[logits.length][];
        for (int i = 0; i < logits.length; i++) {
            double[] row = logits[i];
            p[i] = new double[row.length];
            if (row.length == 0) continue;
            double max = Double.NEGATIVE_INFINITY;
            for (double x : row) max = Math.max(max, x);
            double sum = 0;
            for (int j = 0; j < row.length; j++) sum += p[i][j] = Math.exp(row[j] - max);
            for (int j = 0; j < row.length; j++) p[i][j] = (1 - uniformMix) * p[i][j] / sum + uniformMix / row.length;
        }
        return new Weights(p, scale, maxCost, false);
    }

    public double probability(int nonTerminal, int production) {
        return probabilities[nonTerminal][production];
    }

    /** The enumeration cost of each production. */
    public int[][] costs() {
        int[][] costs = new int[probabilities.length][];
        for (int i = 0; i < costs.length; i++) {
            costs[i] = new int[probabilities[i].length];
            for (int j = 0; j < costs[i].length; j++) costs[i][j] = unitCosts ? 1 : cost(probabilities[i][j]);
        }
        return costs;
    }

    /** {@code clamp(round(scale * -log2 p), 1, maxCost)}. */
    public int cost(double p) {
        double bits = -Math.log(p) / Math.log(2);
        long c = Math.round(scale * bits);
        return (int) Math.max(1, Math.min(maxCost, c));
    }

    /**
     * The typical cost of one production under these weights (the mean cost, rounded, at least 1): heuristics that
     * read an enumeration level as a term size divide by it.
     */
    public int unitCost() {
        int[][] costs = costs();
        long sum = 0;
        int n = 0;
        for (int[] row : costs) for (int c : row) { sum += c; n++; }
        return n == 0 ? 1 : (int) Math.max(1, Math.round((double) sum / n));
    }

    /**
     * Probe's update (Barke et al., OOPSLA 2020): a production that occurs in a partial solution meeting the share
     * {@code fit[i][j]} of the examples (the best such share, 0 where it occurs in none) gets probability
     * {@code p^(1 - fit)}, renormalised per non-terminal. Costs follow from the new probabilities.
     */
    public Weights adapt(double[][] fit) {
        double[][] p = new double[probabilities.length][];
        for (int i = 0; i < p.length; i++) {
            p[i] = new double[probabilities[i].length];
            for (int j = 0; j < p[i].length; j++) {
                double f = Math.max(0, Math.min(1, fit[i][j]));
                p[i][j] = Math.pow(probabilities[i][j], 1 - f);
            }
        }
        return new Weights(p, scale, maxCost, false);
    }

    private static double[] normalised(double[] row) {
        double sum = 0;
        for (double x : row) {
            if (!(x >= 0) || Double.isInfinite(x)) throw new IllegalArgumentException("probabilities must be finite and >= 0");
            sum += x;
        }
        double[] out = new double[row.length];
        for (int j = 0; j < row.length; j++) out[j] = sum > 0 ? row[j] / sum : 1.0 / row.length;
        return out;
    }
}
