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
 * Our own learner: samples reachable states, builds the atom pool, and runs Houdini over the atoms; if that
 * conjunction lets a bad state in, Houdini again with clauses of two literals that exclude it (a few rounds); then
 * ICE decision trees. Houdini's answer is cut down to the clauses post needs. Its answer is only a candidate: the
 * loop proves it.
 */
final class Ice {
    private Ice() {}

    /** Sampling: paths up to this length, this many models per length. */
    private static final int SAMPLE_DEPTH = 6;
    private static final int SAMPLES_PER_DEPTH = 3;
    /** At most this many literals are paired into clauses. */
    private static final int MAX_CLAUSE_LITERALS = 300;
    private static final int MAX_CLAUSES = 1000;
    /** At most this many rounds of clauses against a bad state. */
    private static final int PAIR_ROUNDS = 3;
    /** The share of the time left after Houdini over atoms that the clauses may use; the trees get the rest. */
    private static final double PAIR_SHARE = 0.35;

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
        return learn(system, deadlineNanos, Interrupter.NEVER, AtomRanking.FIXED, new IceRounds(), log);
    }

    /**
     * @param ranking orders the atoms once Houdini over atoms is not enough (before that the order does not matter:
     *                easy problems never load a model)
     * @param rounds  counts the teacher's rounds per stage
     */
    static Learned learn(TransitionSystem system, long deadlineNanos, Interrupter.Cancellation cancellation,
                         AtomRanking ranking, IceRounds rounds, PrintWriter out) {
        long now = System.nanoTime();
        Log log = new Log(out, now);
        long sampleDeadline = now + (deadlineNanos - now) / 5;
        List<Sampler.Sample> samples = Sampler.reachable(system, SAMPLE_DEPTH, SAMPLES_PER_DEPTH, sampleDeadline, cancellation);
        if (cancellation.cancelled()) return Learned.nothing();
        List<List<Value>> states = new ArrayList<>();
        for (Sampler.Sample s : samples) states.add(s.state());
        AtomPool.Pool pool = AtomPool.of(system, states);
        if (system.invariant().grammar().isPresent()) pool = AtomPool.inGrammar(pool, system.invariant());
        log.f("ice: %d reachable samples, %d atoms hold on all (the problem has %d of its own)", states.size(),
                pool.all().size(), pool.spec().size());
        if (cancellation.cancelled()) return Learned.nothing();
        try (Teacher teacher = new Teacher(system, deadlineNanos, cancellation)) {
            Optional<Houdini.Fixpoint> atoms = Houdini.fixpoint(teacher, pool.all(), system.state());
            if (atoms.isEmpty()) return Learned.nothing();
            rounds.houdini += atoms.get().rounds();
            Term conj = Houdini.conjunction(atoms.get().clauses());
            log.f("ice: Houdini over atoms: %d inductive atoms after %d rounds", atoms.get().clauses().size(), atoms.get().rounds());
            if (teacher.safety(conj) instanceof Teacher.Verdict.Inductive) return small(teacher, atoms.get().clauses(), log);
            // from here on the order of the atoms matters (which literals are paired, the trees' ties)
            if (ranking.reorders() && !cancellation.cancelled()) {
                long r0 = System.nanoTime();
                pool = ranking.rank(pool, system.invariant(), states);
                rounds.rankingNanos += System.nanoTime() - r0;
                rounds.ranking = ranking.name();
                log.f("ice: atoms ranked by the %s proposer (%.3f s)", ranking.name(), (System.nanoTime() - r0) / 1e9);
            }
            Term houdini = conj;
            List<Term> inductive = atoms.get().clauses();
            long left = deadlineNanos - System.nanoTime();
            teacher.stageUntil(System.nanoTime() + (long) (left * PAIR_SHARE));
            // clauses of two literals that exclude the bad state the conjunction still lets in, until it is safe
            for (int round = 1; round <= PAIR_ROUNDS && !cancellation.cancelled(); round++) {
                if (!(teacher.safety(houdini) instanceof Teacher.Verdict.Negative bad)) break;
                List<Term> clauses = new ArrayList<>(inductive);
                List<Term> pairs = pairs(system, pool, states, inductive, bad.state());
                if (pairs.isEmpty()) break;
                clauses.addAll(pairs);
                Optional<Houdini.Fixpoint> withPairs = Houdini.fixpoint(teacher, clauses, system.state());
                if (withPairs.isEmpty()) {
                    log.f("ice: Houdini over %d clauses of two literals false at a bad state: out of time", pairs.size());
                    break;
                }
                rounds.clauses += withPairs.get().rounds();
                log.f("ice: Houdini over %d clauses of two literals false at a bad state: %d inductive clauses after %d rounds",
                        pairs.size(), withPairs.get().clauses().size(), withPairs.get().rounds());
                if (withPairs.get().clauses().size() == inductive.size()) break;
                inductive = withPairs.get().clauses();
                houdini = Houdini.conjunction(inductive);
                if (teacher.safety(houdini) instanceof Teacher.Verdict.Inductive) return small(teacher, inductive, log);
            }
            teacher.stageUntil(deadlineNanos);
            return trees(system, teacher, pool, states, houdini, deadlineNanos, cancellation, rounds, log);
        }
    }

    /** Houdini's inductive conjunction cut down to the clauses post and their induction need (the loop proves it). */
    private static Learned small(Teacher teacher, List<Term> inductive, Log log) {
        Optional<List<Term>> core = teacher.core(inductive);
        log.f("ice: %d of the %d inductive clauses are needed", core.map(List::size).orElse(inductive.size()), inductive.size());
        return Learned.of(Houdini.conjunction(core.orElse(inductive)));
    }

    /**
     * ICE decision trees over the pool's atoms and Houdini's inductive conjunction (a strong feature: the invariant
     * is often it and a little more), until the teacher accepts a tree, the atoms cannot separate the sample, the
     * sample clashes, or time runs out.
     */
    private static Learned trees(TransitionSystem system, Teacher teacher, AtomPool.Pool pool, List<List<Value>> reachable,
                                 Term houdini, long deadlineNanos, Interrupter.Cancellation cancellation,
                                 IceRounds rounds, Log log) {
        IceSample sample = new IceSample();
        for (List<Value> s : reachable) sample.addPositive(s);
        Term post = AtomPool.inline(system.post(system.state()), system.definitions());
        List<Term> features = new ArrayList<>();
        if (!(houdini instanceof Term.Lit)) features.add(houdini);
        features.addAll(pool.spec());
        features.addAll(pool.candidates());
        features = new ArrayList<>(new LinkedHashSet<>(features));
        for (int round = 1; System.nanoTime() < deadlineNanos && !cancellation.cancelled(); round++) {
            Optional<Term> tree = DecisionTreeLearner.learn(features, system.state(), sample);
            if (tree.isEmpty()) {
                List<Term> more = new ArrayList<>();
                for (DecisionTreeLearner.Inseparable stuck : DecisionTreeLearner.inseparable(features, system.state(), sample)) {
                    more.addAll(AtomPool.separating(system.state(), pool.vars(), stuck.positive(), stuck.negative()));
                }
                if (system.invariant().grammar().isPresent()) more = AtomPool.derivable(more, system.invariant());
                int before = features.size();
                for (Term a : more) if (!features.contains(a)) features.add(a);
                log.f("ice: the atoms cannot separate the sample (round %d): %d atoms from the states that clash",
                        round, features.size() - before);
                if (features.size() == before) return Learned.nothing();
                continue;
            }
            log.f("ice: round %d tree %s", round, org.apache.commons.lang3.StringUtils.abbreviate(tree.get().toString(), 160));
            rounds.trees++;
            Teacher.Verdict v = teacher.check(tree.get());
            if (v instanceof Teacher.Verdict.Inductive) {
                log.f("ice: decision tree accepted after %d rounds", round);
                return Learned.of(tree.get());
            } else if (v instanceof Teacher.Verdict.Positive p) {
                sample.addPositive(p.state());
            } else if (v instanceof Teacher.Verdict.Negative n) {
                sample.addNegative(n.state());
            } else if (v instanceof Teacher.Verdict.Implication i) {
                sample.addImplication(i.from(), i.to());
                // a state that breaks post is in no invariant: the tree need not find that out from the teacher
                for (List<Value> x : List.of(i.from(), i.to())) {
                    if (Boolean.FALSE.equals(evaluate(post, system.state(), x))) sample.addNegative(x);
                }
            } else {
                return Learned.nothing();
            }
            if (sample.clash()) {
                log.f("ice: a state of the sample is both reachable and bad-reaching (round %d)", round);
                return new Learned(Optional.empty(), true);
            }
        }
        return Learned.nothing();
    }

    /**
     * Clauses (l1 or l2) true on every sample and false at {@code bad} (a state the invariant must exclude), where
     * neither literal is inductive alone (then the clause adds nothing): the problem's own atoms and Boolean
     * variables in either polarity first, then the pool's other atoms (both sides of each bound are in it already).
     */
    private static List<Term> pairs(TransitionSystem system, AtomPool.Pool pool, List<List<Value>> samples,
                                    List<Term> inductive, List<Value> bad) {
        Set<Term> literals = new LinkedHashSet<>();
        List<Term> base = new ArrayList<>(pool.spec());
        for (Term.Var v : pool.vars()) if (v.sort().equals(org.neurocegis.term.Sort.BOOL)) base.add(v);
        for (Term a : base) {
            literals.add(a);
            literals.add(Term.app(Op.NOT, a));
        }
        literals.addAll(pool.candidates());
        literals.removeAll(inductive);
        Evaluator eval = new Evaluator();
        List<Term> lits = new ArrayList<>();
        List<java.util.BitSet> truth = new ArrayList<>();
        java.util.BitSet everySample = new java.util.BitSet();
        everySample.set(0, samples.size());
        java.util.Map<String, Value> badEnv = AtomPool.env(system.state(), bad);
        List<java.util.Map<String, Value>> envs = AtomPool.envs(system.state(), samples);
        for (Term l : literals) {
            if (AtomPool.holds(eval, l, badEnv)) continue;
            java.util.BitSet t = new java.util.BitSet(samples.size());
            for (int k = 0; k < envs.size(); k++) if (AtomPool.holds(eval, l, envs.get(k))) t.set(k);
            lits.add(l);
            truth.add(t);
            if (lits.size() >= MAX_CLAUSE_LITERALS) break;
        }
        List<Term> out = new ArrayList<>();
        for (int i = 0; i < lits.size() && out.size() < MAX_CLAUSES; i++) {
            for (int j = i + 1; j < lits.size() && out.size() < MAX_CLAUSES; j++) {
                java.util.BitSet both = (java.util.BitSet) truth.get(i).clone();
                both.or(truth.get(j));
                if (both.equals(everySample)) out.add(Term.app(Op.OR, lits.get(i), lits.get(j)));
            }
        }
        return out;
    }

    /** The value of a Boolean term at a state, or null where the evaluator cannot tell (it reads an input). */
    private static Boolean evaluate(Term t, List<Term.Var> state, List<Value> values) {
        java.util.Map<String, Value> env = new java.util.HashMap<>();
        for (int i = 0; i < values.size(); i++) env.put(state.get(i).name(), values.get(i));
        try {
            return ((Value.BoolValue) new Evaluator().eval(t, env)).value();
        } catch (RuntimeException ex) {
            return null;
        }
    }

    /** The -v log (null: none), each line with the seconds since the learner started. */
    private record Log(PrintWriter out, long start) {
        void f(String format, Object... args) {
            if (out == null) return;
            out.printf("; %s [%.2f s]%n", String.format(format, args), (System.nanoTime() - start) / 1e9);
            out.flush();
        }
    }

}
