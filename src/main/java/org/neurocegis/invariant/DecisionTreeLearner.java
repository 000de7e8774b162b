package org.neurocegis.invariant;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neurocegis.term.Op;
import org.neurocegis.term.Term;
import org.neurocegis.term.Value;

/**
 * An ICE decision tree: splits on atoms by information gain over the labelled states, and makes a leaf where the
 * states left can all take one label without contradicting the sample (the labels of unlabelled states are chosen
 * there and propagated along the implications, as in ICE-DT). The tree, read as a formula, is consistent with the
 * sample: positive states in, negative out, no implication from in to out.
 */
final class DecisionTreeLearner {
    private final List<Term> atoms;
    private final List<Term.Var> state;
    private final IceSample sample;
    private final Map<List<Value>, boolean[]> features = new HashMap<>();
    /** The labels: the sample's, then those chosen at leaves (true: in the invariant). */
    private final Map<List<Value>, Boolean> labels = new HashMap<>();

    private DecisionTreeLearner(List<Term> atoms, List<Term.Var> state, IceSample sample) {
        this.atoms = atoms;
        this.state = state;
        this.sample = sample;
    }

    /** A formula consistent with the sample, or empty if the atoms cannot separate it. */
    static Optional<Term> learn(List<Term> atoms, List<Term.Var> state, IceSample sample) {
        return new DecisionTreeLearner(atoms, state, sample).run();
    }

    private Optional<Term> run() {
        org.neurocegis.term.Evaluator eval = new org.neurocegis.term.Evaluator();
        List<List<Value>> states = sample.states();
        for (List<Value> s : states) {
            boolean[] f = new boolean[atoms.size()];
            for (int a = 0; a < f.length; a++) f[a] = AtomPool.holds(eval, atoms.get(a), state, s);
            features.put(s, f);
        }
        for (List<Value> s : sample.positive()) labels.put(s, true);
        for (List<Value> s : sample.negative()) labels.put(s, false);
        return build(states, 0);
    }

    private static final int MAX_DEPTH = 24;

    private Optional<Term> build(List<List<Value>> points, int depth) {
        int pos = 0, neg = 0;
        for (List<Value> p : points) {
            Boolean l = labels.get(p);
            if (l == null) continue;
            if (l) pos++;
            else neg++;
        }
        if (neg == 0 && tryLabel(points, true)) return Optional.of(Term.bool(true));
        if (pos == 0 && tryLabel(points, false)) return Optional.of(Term.bool(false));
        if (depth >= MAX_DEPTH) return Optional.empty();
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int a = 0; a < atoms.size(); a++) {
            int tp = 0, tn = 0, fp = 0, fn = 0, tAll = 0;
            for (List<Value> p : points) {
                boolean v = features.get(p)[a];
                if (v) tAll++;
                Boolean l = labels.get(p);
                if (l == null) continue;
                if (v && l) tp++;
                else if (v) tn++;
                else if (l) fp++;
                else fn++;
            }
            if (tAll == 0 || tAll == points.size()) continue;
            double score = -(weighted(tp, tn) + weighted(fp, fn));
            if (score > bestScore) {
                bestScore = score;
                best = a;
            }
        }
        if (best < 0) return Optional.empty();
        List<List<Value>> yes = new ArrayList<>(), no = new ArrayList<>();
        for (List<Value> p : points) (features.get(p)[best] ? yes : no).add(p);
        Optional<Term> left = build(yes, depth + 1);
        if (left.isEmpty()) return left;
        Optional<Term> right = build(no, depth + 1);
        if (right.isEmpty()) return right;
        return Optional.of(ite(atoms.get(best), left.get(), right.get()));
    }

    /** Entropy of a split side, weighted by its size. */
    private static double weighted(int a, int b) {
        int n = a + b;
        if (n == 0 || a == 0 || b == 0) return 0;
        double pa = (double) a / n, pb = (double) b / n;
        return -n * (pa * Math.log(pa) + pb * Math.log(pb));
    }

    /**
     * Labels every unlabelled point {@code value}, propagating along implications (forwards for true, backwards for
     * false); refuses, changing nothing, if that would relabel a labelled state.
     */
    private boolean tryLabel(List<List<Value>> points, boolean value) {
        Map<List<Value>, Boolean> added = new HashMap<>();
        java.util.Set<List<Value>> visited = new java.util.HashSet<>();
        Deque<List<Value>> work = new ArrayDeque<>(points);
        while (!work.isEmpty()) {
            List<Value> x = work.poll();
            if (!visited.add(x)) continue;
            Boolean l = labels.get(x);
            if (l != null && l != value) return false;
            if (l == null) added.put(x, value);
            for (IceSample.Implication i : sample.implications()) {
                if (value && i.from().equals(x)) work.add(i.to());
                if (!value && i.to().equals(x)) work.add(i.from());
            }
        }
        labels.putAll(added);
        return true;
    }

    private static Term ite(Term c, Term yes, Term no) {
        if (yes instanceof Term.Lit y && no instanceof Term.Lit n) {
            boolean yv = ((Value.BoolValue) y.value()).value(), nv = ((Value.BoolValue) n.value()).value();
            if (yv == nv) return yes;
            return yv ? c : Term.app(Op.NOT, c);
        }
        if (no instanceof Term.Lit n && !((Value.BoolValue) n.value()).value()) return Term.app(Op.AND, c, yes);
        if (yes instanceof Term.Lit y && ((Value.BoolValue) y.value()).value()) return Term.app(Op.OR, c, no);
        return Term.app(Op.ITE, c, yes, no);
    }
}
