package org.neurocegis.invariant;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neurocegis.term.Evaluator;
import org.neurocegis.term.Op;
import org.neurocegis.term.Term;
import org.neurocegis.term.Value;

/**
 * An ICE decision tree: splits on atoms by information gain over the labelled states, and makes a leaf where the
 * states left can all take one label without contradicting the sample (the labels of unlabelled states are chosen
 * there and propagated along the implications, as in ICE-DT). The tree, read as a formula, is consistent with the
 * sample: positive states in, negative out, no implication from in to out.
 *
 * <p>It works on classes of states with equal truth vectors (no formula over the atoms tells them apart), with the
 * class labels closed under the implications (positive forwards, negative backwards) before and after every leaf.
 * Then a node of one class can always take a label and a node of several can always be split, so the learner fails
 * only where the closure itself clashes: the atoms cannot separate the sample, {@link #inseparable} says where.
 */
final class DecisionTreeLearner {
    private final List<Term> atoms;
    /** The classes' truth vectors, and the edges between classes the implications give. */
    private final List<BitSet> truth = new ArrayList<>();
    private final List<List<Integer>> successors = new ArrayList<>();
    private final List<List<Integer>> predecessors = new ArrayList<>();
    /** The class of each state, and the size of each class (the split score weighs classes by it). */
    private final Map<List<Value>, Integer> classOf = new HashMap<>();
    private final List<Integer> size = new ArrayList<>();
    /** The labels of the classes: the sample's closed, then those chosen at leaves (null: none yet). */
    private Boolean[] labels;

    private DecisionTreeLearner(List<Term> atoms) {
        this.atoms = atoms;
    }

    /** Two states of the sample, one positive and one negative (after closure), that no atom tells apart. */
    record Inseparable(List<Value> positive, List<Value> negative) {}

    /** A formula consistent with the sample, or empty if the atoms cannot separate it. */
    static Optional<Term> learn(List<Term> atoms, List<Term.Var> state, IceSample sample) {
        DecisionTreeLearner l = new DecisionTreeLearner(atoms);
        if (!l.classify(state, sample)) return Optional.empty();
        List<Integer> all = new ArrayList<>();
        for (int c = 0; c < l.truth.size(); c++) all.add(c);
        return Optional.ofNullable(l.build(all, new BitSet()));
    }

    /**
     * Where the atoms cannot separate the sample: pairs of states with the same truth vector, one forced in and one
     * forced out (by the sample's labels, the implications and the classes); empty if they can. An atom that tells
     * the two of a pair apart breaks the chain that forces them.
     */
    static List<Inseparable> inseparable(List<Term> atoms, List<Term.Var> state, IceSample sample) {
        DecisionTreeLearner l = new DecisionTreeLearner(atoms);
        if (l.classify(state, sample)) return List.of();
        return l.clash;
    }

    private List<Inseparable> clash = List.of();

    /** Builds the classes and their closed labels; false on a clash (recorded in {@link #clash}). */
    private boolean classify(List<Term.Var> state, IceSample sample) {
        Evaluator eval = new Evaluator();
        Map<BitSet, Integer> ids = new LinkedHashMap<>();
        for (List<Value> s : sample.states()) {
            BitSet f = new BitSet(atoms.size());
            Map<String, Value> env = AtomPool.env(state, s);
            for (int a = 0; a < atoms.size(); a++) if (AtomPool.holds(eval, atoms.get(a), env)) f.set(a);
            Integer id = ids.get(f);
            if (id == null) {
                id = truth.size();
                ids.put(f, id);
                truth.add(f);
                size.add(0);
                successors.add(new ArrayList<>());
                predecessors.add(new ArrayList<>());
            }
            size.set(id, size.get(id) + 1);
            classOf.put(s, id);
        }
        for (IceSample.Implication i : sample.implications()) {
            int from = classOf.get(i.from()), to = classOf.get(i.to());
            successors.get(from).add(to);
            predecessors.get(to).add(from);
        }
        labels = new Boolean[truth.size()];
        List<Integer> pos = new ArrayList<>(), neg = new ArrayList<>();
        for (List<Value> s : sample.positive()) pos.add(classOf.get(s));
        for (List<Value> s : sample.negative()) neg.add(classOf.get(s));
        Map<Integer, Boolean> added = new HashMap<>();
        if (!propagate(pos, true, added) || !commit(added) || !propagate(neg, false, added) || !commit(added)) {
            clash = clashOf(sample);
            return false;
        }
        return true;
    }

    private boolean commit(Map<Integer, Boolean> added) {
        for (Map.Entry<Integer, Boolean> e : added.entrySet()) labels[e.getKey()] = e.getValue();
        added.clear();
        return true;
    }

    /** At most this many pairs of clashing states are named. */
    private static final int MAX_CLASHES = 8;

    /** Pairs of states of one class, one forced in and one forced out, for the caller to find atoms between them. */
    private List<Inseparable> clashOf(IceSample sample) {
        Map<Integer, java.util.Set<List<Value>>> in = witnesses(sample.positive(), sample, true);
        Map<Integer, java.util.Set<List<Value>>> out = witnesses(sample.negative(), sample, false);
        List<Inseparable> pairs = new ArrayList<>();
        for (Map.Entry<Integer, java.util.Set<List<Value>>> e : in.entrySet()) {
            for (List<Value> p : e.getValue()) {
                for (List<Value> n : out.getOrDefault(e.getKey(), java.util.Set.of())) {
                    if (!p.equals(n) && pairs.size() < MAX_CLASHES) pairs.add(new Inseparable(p, n));
                }
            }
        }
        return pairs;
    }

    /**
     * For each class the closure reaches from {@code start} (forwards along the implications for positive, backwards
     * for negative), the states by which it is reached: those of the start, and the ends of the implications.
     */
    private Map<Integer, java.util.Set<List<Value>>> witnesses(java.util.Collection<List<Value>> start, IceSample sample,
                                                                boolean forwards) {
        Map<Integer, java.util.Set<List<Value>>> reached = new HashMap<>();
        Deque<List<Value>> work = new ArrayDeque<>(start);
        while (!work.isEmpty()) {
            List<Value> x = work.poll();
            int c = classOf.get(x);
            boolean fresh = !reached.containsKey(c);
            if (!reached.computeIfAbsent(c, k -> new java.util.LinkedHashSet<>()).add(x) || !fresh) continue;
            // the whole class is reached: follow the implications out of any of its states
            for (IceSample.Implication i : sample.implications()) {
                if (forwards && classOf.get(i.from()) == c) work.add(i.to());
                if (!forwards && classOf.get(i.to()) == c) work.add(i.from());
            }
        }
        return reached;
    }

    /** {@code used}: the atoms tested on the path to this node (they cannot split it again); null if stuck. */
    private Term build(List<Integer> classes, BitSet used) {
        int pos = 0, neg = 0;
        for (int c : classes) {
            if (labels[c] == null) continue;
            if (labels[c]) pos += size.get(c);
            else neg += size.get(c);
        }
        Map<Integer, Boolean> added = new HashMap<>();
        if (neg == 0 && propagate(classes, true, added) && commit(added)) return Term.bool(true);
        added.clear();
        if (pos == 0 && propagate(classes, false, added) && commit(added)) return Term.bool(false);
        added.clear();
        // a class with a closed, consistent labelling always takes one of the two labels: not reached
        if (classes.size() == 1) return null;
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int a = 0; a < atoms.size(); a++) {
            if (used.get(a)) continue;
            int tp = 0, tn = 0, fp = 0, fn = 0, tAll = 0;
            for (int c : classes) {
                boolean v = truth.get(c).get(a);
                if (v) tAll++;
                Boolean l = labels[c];
                if (l == null) continue;
                int w = size.get(c);
                if (v && l) tp += w;
                else if (v) tn += w;
                else if (l) fp += w;
                else fn += w;
            }
            if (tAll == 0 || tAll == classes.size()) continue;
            double score = -(weighted(tp, tn) + weighted(fp, fn));
            if (score > bestScore) {
                bestScore = score;
                best = a;
            }
        }
        // distinct classes differ on some atom not yet tested on the path
        List<Integer> yes = new ArrayList<>(), no = new ArrayList<>();
        for (int c : classes) (truth.get(c).get(best) ? yes : no).add(c);
        BitSet deeper = (BitSet) used.clone();
        deeper.set(best);
        Term left = build(yes, deeper);
        Term right = left == null ? null : build(no, deeper);
        return right == null ? null : ite(atoms.get(best), left, right);
    }

    /** Entropy of a split side, weighted by its size. */
    private static double weighted(int a, int b) {
        int n = a + b;
        if (n == 0 || a == 0 || b == 0) return 0;
        double pa = (double) a / n, pb = (double) b / n;
        return -n * (pa * Math.log(pa) + pb * Math.log(pb));
    }

    /**
     * The labels {@code value} for {@code start} and everything it forces along the implications (forwards for true,
     * backwards for false), into {@code added}; false, with nothing to commit, if that would relabel a labelled class.
     */
    private boolean propagate(List<Integer> start, boolean value, Map<Integer, Boolean> added) {
        Deque<Integer> work = new ArrayDeque<>(start);
        boolean[] visited = new boolean[truth.size()];
        while (!work.isEmpty()) {
            int x = work.poll();
            if (visited[x]) continue;
            visited[x] = true;
            Boolean l = labels[x];
            if (l != null && l != value) {
                added.clear();
                return false;
            }
            if (l == null) added.put(x, value);
            work.addAll(value ? successors.get(x) : predecessors.get(x));
        }
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
