package org.neurocegis.invariant;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.neurocegis.term.Value;

/**
 * The ICE sample: positive states (reachable: in every invariant), negative states (from which a bad state is
 * reachable: in none) and implication pairs (if the first is in, so is the second). Labels propagate along the
 * implications, forwards for positive and backwards for negative; a state that ends up both is a clash: the
 * system is unsafe (the caller then looks for the concrete trace, the only evidence it accepts).
 */
final class IceSample {
    record Implication(List<Value> from, List<Value> to) {}

    private final Set<List<Value>> positive = new LinkedHashSet<>();
    private final Set<List<Value>> negative = new LinkedHashSet<>();
    private final List<Implication> implications = new ArrayList<>();
    private boolean clash;

    Set<List<Value>> positive() {
        return positive;
    }

    Set<List<Value>> negative() {
        return negative;
    }

    List<Implication> implications() {
        return implications;
    }

    /** Whether some state is both positive and negative. */
    boolean clash() {
        return clash;
    }

    void addPositive(List<Value> s) {
        Deque<List<Value>> work = new ArrayDeque<>();
        work.add(s);
        while (!work.isEmpty()) {
            List<Value> x = work.poll();
            if (negative.contains(x)) clash = true;
            if (!positive.add(x)) continue;
            for (Implication i : implications) if (i.from().equals(x)) work.add(i.to());
        }
    }

    void addNegative(List<Value> s) {
        Deque<List<Value>> work = new ArrayDeque<>();
        work.add(s);
        while (!work.isEmpty()) {
            List<Value> x = work.poll();
            if (positive.contains(x)) clash = true;
            if (!negative.add(x)) continue;
            for (Implication i : implications) if (i.to().equals(x)) work.add(i.from());
        }
    }

    void addImplication(List<Value> from, List<Value> to) {
        implications.add(new Implication(from, to));
        if (positive.contains(from)) addPositive(to);
        if (negative.contains(to)) addNegative(from);
    }

    /** Every state of the sample, labelled or not. */
    List<List<Value>> states() {
        Set<List<Value>> all = new LinkedHashSet<>(positive);
        all.addAll(negative);
        for (Implication i : implications) {
            all.add(i.from());
            all.add(i.to());
        }
        return new ArrayList<>(all);
    }
}
