package org.neurocegis.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.api.Test;

/** The calibration of probabilities into enumeration costs, and Probe's adaptation. */
class WeightsTest {
    private static final double EPS = 1e-12;

    private static double[][] randomLogits(Random r, int rows) {
        double[][] logits = new double[rows][];
        for (int i = 0; i < rows; i++) {
            logits[i] = new double[1 + r.nextInt(25)];
            for (int j = 0; j < logits[i].length; j++) logits[i][j] = r.nextGaussian() * (1 + r.nextInt(8));
        }
        return logits;
    }

    private static Weights randomWeights(Random r) {
        double mix = r.nextInt(4) == 0 ? 0 : r.nextDouble() * 0.5;
        double scale = 0.25 + r.nextDouble() * 4;
        int maxCost = 1 + r.nextInt(16);
        return Weights.fromLogits(randomLogits(r, 1 + r.nextInt(5)), mix, scale, maxCost);
    }

    @Test
    void costsAreBetweenOneAndMaxCost() {
        Random r = new Random(1);
        for (int t = 0; t < 500; t++) {
            Weights w = randomWeights(r);
            for (int[] row : w.costs()) for (int c : row) assertTrue(c >= 1 && c <= w.maxCost(), c + " outside [1, " + w.maxCost() + "]");
        }
        Weights w = new Weights(new double[][] {{1, 0}}, 1, 8, false);
        assertEquals(1, w.cost(1.0));
        assertEquals(8, w.cost(0.0), "probability 0 costs the most, not an overflow");
        assertEquals(8, w.cost(1e-300));
        assertEquals(8, w.cost(Double.MIN_VALUE));
    }

    @Test
    void costIsTheRoundedScaledDescriptionLength() {
        Weights w = new Weights(new double[][] {{1}}, 1, 8, false);
        assertEquals(1, w.cost(0.5));
        assertEquals(2, w.cost(0.25));
        assertEquals(3, w.cost(0.125));
        assertEquals(8, w.cost(1.0 / 1024), "clamped to maxCost");
        Weights twice = new Weights(new double[][] {{1}}, 2, 8, false);
        assertEquals(2, twice.cost(0.5));
        assertEquals(4, twice.cost(0.25));
        assertEquals(3, twice.cost(Math.pow(2, -1.5)));
    }

    @Test
    void aMoreLikelyProductionNeverCostsMore() {
        Random r = new Random(2);
        for (int t = 0; t < 500; t++) {
            Weights w = randomWeights(r);
            int[][] costs = w.costs();
            for (int i = 0; i < costs.length; i++)
                for (int a = 0; a < costs[i].length; a++)
                    for (int b = 0; b < costs[i].length; b++)
                        if (w.probability(i, a) > w.probability(i, b))
                            assertTrue(costs[i][a] <= costs[i][b], "p " + w.probability(i, a) + " costs " + costs[i][a]
                                    + ", p " + w.probability(i, b) + " costs " + costs[i][b]);
        }
    }

    @Test
    void uniformWeightsCostOneEach() {
        Weights w = Weights.uniform(new int[] {1, 5, 23, 2});
        assertTrue(w.unitCosts());
        int[][] costs = w.costs();
        assertEquals(4, costs.length);
        assertArrayEquals(new int[] {1}, costs[0]);
        for (int[] row : costs) for (int c : row) assertEquals(1, c);
        assertEquals(23, costs[2].length);
        assertEquals(1, w.unitCost());
        assertEquals(0.2, w.probability(1, 3), EPS);
        assertEquals(1, Weights.uniform(new int[0]).unitCost(), "no productions: unit cost 1");
    }

    @Test
    void softmaxRowsSumToOneAndKeepTheUniformShare() {
        Random r = new Random(3);
        for (int t = 0; t < 500; t++) {
            double mix = r.nextDouble() * 0.6;
            double[][] logits = randomLogits(r, 1 + r.nextInt(5));
            if (t % 10 == 0) logits[0][0] = 1e6; // a dominating score must not overflow the softmax
            Weights w = Weights.fromLogits(logits, mix, 1, 8);
            assertFalse(w.unitCosts());
            for (int i = 0; i < logits.length; i++) {
                int k = logits[i].length;
                double sum = 0;
                for (int j = 0; j < k; j++) {
                    double p = w.probability(i, j);
                    assertTrue(Double.isFinite(p));
                    assertTrue(p >= mix / k - EPS, "p " + p + " below the uniform share " + mix / k);
                    sum += p;
                }
                assertEquals(1.0, sum, 1e-9);
            }
        }
    }

    @Test
    void softmaxOrdersByLogit() {
        Weights w = Weights.fromLogits(new double[][] {{0, 1, 2}}, 0.1, 1, 8);
        assertTrue(w.probability(0, 0) < w.probability(0, 1) && w.probability(0, 1) < w.probability(0, 2));
        double z = Math.exp(0) + Math.exp(1) + Math.exp(2);
        assertEquals(0.9 * Math.exp(2) / z + 0.1 / 3, w.probability(0, 2), EPS);
    }

    @Test
    void equalLogitsGiveEqualCosts() {
        Random r = new Random(4);
        for (int t = 0; t < 200; t++) {
            int k = 1 + r.nextInt(30);
            double[] row = new double[k];
            java.util.Arrays.fill(row, r.nextGaussian() * 10);
            double[] other = new double[1 + r.nextInt(5)];
            java.util.Arrays.fill(other, -3);
            Weights w = Weights.fromLogits(new double[][] {row, other}, r.nextDouble() * 0.5, 0.5 + r.nextDouble() * 3, 1 + r.nextInt(12));
            int[][] costs = w.costs();
            for (int j = 0; j < k; j++) {
                assertEquals(costs[0][0], costs[0][j]);
                assertEquals(1.0 / k, w.probability(0, j), EPS);
            }
            for (int c : costs[1]) assertEquals(costs[1][0], c);
        }
        // ties among the most likely productions, in a row with others
        Weights w = Weights.fromLogits(new double[][] {{3, -1, 3, 0, 3}}, 0.1, 1, 8);
        int[] c = w.costs()[0];
        assertEquals(c[0], c[2]);
        assertEquals(c[0], c[4]);
    }

    @Test
    void adaptationFollowsProbe() {
        Weights w = new Weights(new double[][] {{0.5, 0.25, 0.25}}, 1, 8, false);
        Weights a = w.adapt(new double[][] {{0, 0.5, 0}});
        // p^(1 - fit): 0.5, 0.25^0.5 = 0.5, 0.25; renormalised by 1.25
        assertArrayEquals(new double[] {0.4, 0.4, 0.2}, a.probabilities()[0], EPS);
        assertEquals(w.scale(), a.scale());
        assertEquals(w.maxCost(), a.maxCost());
    }

    @Test
    void fitZeroLeavesTheWeightsUnchanged() {
        Weights w = Weights.fromLogits(new double[][] {{0.3, -2, 1.5, 0}, {4, 4.5}}, 0.1, 1.5, 6);
        Weights a = w.adapt(new double[][] {{0, 0, 0, 0}, {0, 0}});
        for (int i = 0; i < 2; i++) assertArrayEquals(w.probabilities()[i], a.probabilities()[i], EPS);
        for (int i = 0; i < 2; i++) assertArrayEquals(w.costs()[i], a.costs()[i]);
        // fits outside [0, 1] are clamped
        Weights b = w.adapt(new double[][] {{-3, 0, 0, 0}, {0, 0}});
        assertArrayEquals(w.probabilities()[0], b.probabilities()[0], EPS);
    }

    @Test
    void fitOneMakesAProductionProportionalToOne() {
        Weights w = new Weights(new double[][] {{0.5, 0.25, 0.25}}, 1, 8, false);
        Weights a = w.adapt(new double[][] {{0, 0, 1}});
        // p^0 = 1: [0.5, 0.25, 1] / 1.75
        assertArrayEquals(new double[] {0.5 / 1.75, 0.25 / 1.75, 1 / 1.75}, a.probabilities()[0], EPS);
        assertTrue(a.costs()[0][2] <= a.costs()[0][0]);
        Weights c = w.adapt(new double[][] {{0, 0, 7}});
        assertArrayEquals(a.probabilities()[0], c.probabilities()[0], EPS, "fit above 1 counts as 1");
    }

    @Test
    void adaptingUniformWeightsFavoursTheFittingProductions() {
        Weights u = Weights.uniform(new int[] {4});
        Weights a = u.adapt(new double[][] {{0, 1, 0.5, 0}});
        assertFalse(a.unitCosts());
        int[] c = a.costs()[0];
        assertTrue(c[1] <= c[2] && c[2] <= c[0] && c[0] == c[3], java.util.Arrays.toString(c));
        assertTrue(a.probability(0, 1) > a.probability(0, 2) && a.probability(0, 2) > a.probability(0, 0));
    }

    @Test
    void rowsAreNormalisedAndBadProbabilitiesRefused() {
        Weights w = new Weights(new double[][] {{2, 6}, {0, 0}}, 1, 8, false);
        assertArrayEquals(new double[] {0.25, 0.75}, w.probabilities()[0], EPS);
        assertArrayEquals(new double[] {0.5, 0.5}, w.probabilities()[1], EPS, "an all-zero row becomes uniform");
        assertThrows(IllegalArgumentException.class, () -> new Weights(new double[][] {{-1, 2}}, 1, 8, false));
        assertThrows(IllegalArgumentException.class, () -> new Weights(new double[][] {{Double.NaN}}, 1, 8, false));
        assertThrows(IllegalArgumentException.class, () -> new Weights(new double[][] {{Double.POSITIVE_INFINITY}}, 1, 8, false));
        assertThrows(IllegalArgumentException.class, () -> new Weights(new double[][] {{1}}, 0, 8, false));
        assertThrows(IllegalArgumentException.class, () -> new Weights(new double[][] {{1}}, 1, 0, false));
    }

    @Test
    void unitCostIsTheRoundedMeanCost() {
        assertEquals(1, new Weights(new double[][] {{0.5, 0.5}}, 1, 8, false).unitCost());
        // costs 1, 2, 3, 3 -> mean 2.25 -> 2
        assertEquals(2, new Weights(new double[][] {{0.5, 0.25, 0.125, 0.125}}, 1, 8, false).unitCost());
    }
}
