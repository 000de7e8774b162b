package org.neurocegis.invariant;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.neurocegis.term.Evaluator;
import org.neurocegis.term.Op;
import org.neurocegis.term.Term;
import org.neurocegis.term.Value;

/**
 * Our own learner: samples reachable states, builds the atom pool, and runs Houdini over the atoms, then over
 * clauses of two literals (disjunctions) if the conjunction of atoms does not imply post. Its answer is only a
 * candidate: the loop proves it.
 */
final class Ice {
    private Ice() {}

    /** Sampling: paths up to this length, this many models per length. */
    private static final int SAMPLE_DEPTH = 6;
    private static final int SAMPLES_PER_DEPTH = 3;
    /** At most this many literals are paired into clauses. */
    private static final int MAX_CLAUSE_LITERALS = 80;
    private static final int MAX_CLAUSES = 4000;

    /** What the learner found: a candidate invariant, or none; {@code clash} if its sample shows the system unsafe. */
    record Learned(Optional<Term> invariant, boolean clash) {
        static Learned nothing() {
            return new Learned(Optional.empty(), false);
        }

        static Learned of(Term t) {
            return new Learned(Optional.of(t), false);
        }
    }

    static Learned learn(TransitionSystem system, long deadlineNanos, PrintWriter log) {
        return learn(system, deadlineNanos, Interrupter.NEVER, log);
    }

    static Learned learn(TransitionSystem system, long deadlineNanos, Interrupter.Cancellation cancellation, PrintWriter log) {
        long now = System.nanoTime();
        long sampleDeadline = now + (deadlineNanos - now) / 5;
        List<Sampler.Sample> samples = Sampler.reachable(system, SAMPLE_DEPTH, SAMPLES_PER_DEPTH, sampleDeadline, cancellation);
        if (cancellation.cancelled()) return Learned.nothing();
        List<List<Value>> states = new ArrayList<>();
        for (Sampler.Sample s : samples) states.add(s.state());
        AtomPool.Pool pool = AtomPool.of(system, states);
        if (system.invariant().grammar().isPresent()) pool = AtomPool.inGrammar(pool, system.invariant());
        log(log, "ice: %d reachable samples, %d atoms hold on all (the problem has %d of its own)", states.size(),
                pool.all().size(), pool.spec().size());
        if (cancellation.cancelled()) return Learned.nothing();
        try (Teacher teacher = new Teacher(system, deadlineNanos, cancellation)) {
            Optional<Houdini.Fixpoint> atoms = Houdini.fixpoint(teacher, pool.all(), system.state());
            if (atoms.isEmpty()) return Learned.nothing();
            Term conj = Houdini.conjunction(atoms.get().clauses());
            log(log, "ice: Houdini over atoms: %d inductive atoms after %d rounds", atoms.get().clauses().size(), atoms.get().rounds());
            if (teacher.safety(conj) instanceof Teacher.Verdict.Inductive) return Learned.of(conj);
            Term houdini = conj;
            List<Term> clauses = new ArrayList<>(atoms.get().clauses());
            clauses.addAll(pairs(system, pool, states));
            Optional<Houdini.Fixpoint> withPairs = Houdini.fixpoint(teacher, clauses, system.state());
            if (withPairs.isPresent()) {
                conj = Houdini.conjunction(withPairs.get().clauses());
                log(log, "ice: Houdini over clauses of two literals: %d inductive clauses after %d rounds",
                        withPairs.get().clauses().size(), withPairs.get().rounds());
                if (teacher.safety(conj) instanceof Teacher.Verdict.Inductive) return Learned.of(conj);
                houdini = conj;
            }
            return trees(system, teacher, pool, states, houdini, deadlineNanos, cancellation, log);
        }
    }

    /**
     * ICE decision trees over the pool's atoms and Houdini's inductive conjunction (a strong feature: the invariant
     * is often it and a little more), until the teacher accepts a tree, the atoms cannot separate the sample, the
     * sample clashes, or time runs out.
     */
    private static Learned trees(TransitionSystem system, Teacher teacher, AtomPool.Pool pool, List<List<Value>> reachable,
                                 Term houdini, long deadlineNanos, Interrupter.Cancellation cancellation,
                                 PrintWriter log) {
        IceSample sample = new IceSample();
        for (List<Value> s : reachable) sample.addPositive(s);
        List<Term> features = new ArrayList<>();
        if (!(houdini instanceof Term.Lit)) features.add(houdini);
        features.addAll(pool.spec());
        features.addAll(pool.candidates());
        features = new ArrayList<>(new LinkedHashSet<>(features));
        for (int round = 1; System.nanoTime() < deadlineNanos && !cancellation.cancelled(); round++) {
            Optional<Term> tree = DecisionTreeLearner.learn(features, system.state(), sample);
            if (tree.isEmpty()) {
                log(log, "ice: the atoms cannot separate the sample (round %d)", round);
                return Learned.nothing();
            }
            Teacher.Verdict v = teacher.check(tree.get());
            if (v instanceof Teacher.Verdict.Inductive) {
                log(log, "ice: decision tree accepted after %d rounds", round);
                return Learned.of(tree.get());
            } else if (v instanceof Teacher.Verdict.Positive p) {
                sample.addPositive(p.state());
            } else if (v instanceof Teacher.Verdict.Negative n) {
                sample.addNegative(n.state());
            } else if (v instanceof Teacher.Verdict.Implication i) {
                sample.addImplication(i.from(), i.to());
            } else {
                return Learned.nothing();
            }
            if (sample.clash()) {
                log(log, "ice: a state of the sample is both reachable and bad-reaching (round %d)", round);
                return new Learned(Optional.empty(), true);
            }
        }
        return Learned.nothing();
    }

    /** Clauses (l1 or l2) of the problem's own atoms and Boolean variables, either polarity, true on every sample. */
    private static List<Term> pairs(TransitionSystem system, AtomPool.Pool pool, List<List<Value>> samples) {
        Set<Term> literals = new LinkedHashSet<>();
        List<Term> base = new ArrayList<>(pool.spec());
        for (Term.Var v : system.state()) if (v.sort().equals(org.neurocegis.term.Sort.BOOL)) base.add(v);
        for (Term a : base) {
            if (literals.size() >= MAX_CLAUSE_LITERALS) break;
            literals.add(a);
            literals.add(Term.app(Op.NOT, a));
        }
        List<Term> lits = new ArrayList<>(literals);
        Evaluator eval = new Evaluator();
        List<boolean[]> truth = new ArrayList<>();
        for (Term l : lits) {
            boolean[] t = new boolean[samples.size()];
            for (int k = 0; k < samples.size(); k++) t[k] = AtomPool.holds(eval, l, system.state(), samples.get(k));
            truth.add(t);
        }
        List<Term> out = new ArrayList<>();
        for (int i = 0; i < lits.size() && out.size() < MAX_CLAUSES; i++) {
            for (int j = i + 1; j < lits.size() && out.size() < MAX_CLAUSES; j++) {
                boolean all = true, iAlone = true, jAlone = true;
                for (int k = 0; k < samples.size() && all; k++) {
                    all = truth.get(i)[k] || truth.get(j)[k];
                    iAlone &= truth.get(i)[k];
                    jAlone &= truth.get(j)[k];
                }
                // a clause with a literal true on every sample is no stronger than that literal, already an atom
                if (all && !iAlone && !jAlone && !lits.get(j).equals(Term.app(Op.NOT, lits.get(i)))) out.add(Term.app(Op.OR, lits.get(i), lits.get(j)));
            }
        }
        return out;
    }

    private static void log(PrintWriter log, String format, Object... args) {
        if (log != null) {
            log.printf("; " + format + "%n", args);
            log.flush();
        }
    }
}
