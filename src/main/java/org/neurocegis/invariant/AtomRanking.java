package org.neurocegis.invariant;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neurocegis.search.DefaultGrammar;
import org.neurocegis.search.Examples;
import org.neurocegis.search.Proposer;
import org.neurocegis.search.Weights;
import org.neurocegis.sygus.Derivation;
import org.neurocegis.sygus.Grammar;
import org.neurocegis.sygus.NonTerminal;
import org.neurocegis.sygus.Problem;
import org.neurocegis.sygus.Production;
import org.neurocegis.sygus.SynthFun;
import org.neurocegis.term.Op;
import org.neurocegis.term.Sort;
import org.neurocegis.term.Term;
import org.neurocegis.term.Terms;
import org.neurocegis.term.Value;

/**
 * Orders the learner's atoms through the enumerator's {@link Proposer}: each atom is read as its cheapest derivation
 * in the invariant's grammar (the problem's, or the default one the enumerator uses, with a production added for
 * each operator the atoms use that it lacks), and atoms are ranked by what the proposer's production costs add to
 * that derivation beyond one per production (the uniform cost), so that likely operators come first. Ties, every
 * atom under uniform weights included, keep the pool's fixed order (simple first); an atom with no derivation goes
 * after those with one. A ranking only reorders: the same atoms come out.
 */
public final class AtomRanking {
    /** The pool's fixed order, no proposer asked. */
    public static final AtomRanking FIXED = new AtomRanking(null, null);

    private final Proposer proposer;
    private final Problem problem;

    private AtomRanking(Proposer proposer, Problem problem) {
        this.proposer = proposer;
        this.problem = problem;
    }

    /** Ranks atoms with the weights {@code proposer} gives the invariant of {@code problem}. */
    public static AtomRanking of(Proposer proposer, Problem problem) {
        return new AtomRanking(proposer, problem);
    }

    /** The proposer's name, or "fixed order". */
    public String name() {
        return proposer == null ? "fixed order" : proposer.name();
    }

    /** Whether this ranking can change the order (a proposer whose weights are uniform cannot). */
    boolean reorders() {
        return proposer != null && !proposer.uniform();
    }

    /**
     * The pool with its problem atoms and candidates ranked (Houdini's atoms need no order: its fixpoint is the same
     * whatever the order), weights from the proposer for the invariant, its grammar and the reachable samples (each
     * one an input where the invariant must hold).
     */
    AtomPool.Pool rank(AtomPool.Pool pool, SynthFun inv, List<List<Value>> samples) {
        if (proposer == null) return pool;
        List<Term> atoms = union(pool.spec(), pool.candidates());
        Grammar grammar = grammar(inv, atoms);
        Weights w = proposer.weights(problem, inv, grammar, new Examples(samples, Collections.nCopies(samples.size(), Value.of(true))));
        Map<Term, Long> excess = excesses(atoms, grammar, inv.params(), w.costs());
        return new AtomPool.Pool(pool.all(), rank(pool.spec(), excess), rank(pool.candidates(), excess), pool.vars());
    }

    /** {@code atoms} ordered by their excess cost under {@code costs}, ties in the given order; the same atoms. */
    static List<Term> rank(List<Term> atoms, Grammar grammar, List<Term.Var> params, int[][] costs) {
        return rank(atoms, excesses(atoms, grammar, params, costs));
    }

    private static Map<Term, Long> excesses(List<Term> atoms, Grammar grammar, List<Term.Var> params, int[][] costs) {
        Derivation derivation = costing(grammar, params, costs);
        Map<Term, Long> excess = new HashMap<>();
        for (Term a : atoms) excess.put(a, excess(derivation, a));
        return excess;
    }

    private static List<Term> rank(List<Term> atoms, Map<Term, Long> excess) {
        List<Term> out = new ArrayList<>(atoms);
        // a stable sort: ties keep the fixed order
        // (a plain lambda, not Comparator.comparingLong's serializable one, which the start-up archive cannot hold)
        out.sort((a, b) -> Long.compare(excess.get(a), excess.get(b)));
        return out;
    }

    /** The excess cost of {@code atom}'s cheapest derivation (its cost less one per production), or none. */
    static long excess(Term atom, Grammar grammar, List<Term.Var> params, int[][] costs) {
        return excess(costing(grammar, params, costs), atom);
    }

    /** The cheaper of the atom as written and its normalised form; {@link Derivation#NONE} (last) if neither derives. */
    private static long excess(Derivation derivation, Term atom) {
        Term plain = Terms.expandLets(atom);
        return Math.min(derivation.cost(plain), derivation.cost(normalised(plain)));
    }

    /** Cheapest derivations under excess costs: a production's cost less one (the uniform cost). */
    private static Derivation costing(Grammar grammar, List<Term.Var> params, int[][] costs) {
        long[][] excess = new long[costs.length][];
        for (int i = 0; i < costs.length; i++) {
            excess[i] = new long[costs[i].length];
            for (int j = 0; j < costs[i].length; j++) excess[i][j] = Math.max(1, costs[i][j]) - 1L;
        }
        return Derivation.costed(grammar, params, excess);
    }

    /**
     * The grammar atoms are read in: the invariant's own, or the default one with a production for each operator
     * (over the sorts it is applied to) that the atoms use and it lacks.
     */
    static Grammar grammar(SynthFun inv, List<Term> atoms) {
        if (inv.grammar().isPresent()) return inv.grammar().get();
        Grammar base = DefaultGrammar.of(inv);
        Map<Sort, String> ntOf = new HashMap<>();
        for (NonTerminal nt : base.nonTerminals()) ntOf.putIfAbsent(nt.sort(), nt.name());
        Map<String, List<Production>> extra = new HashMap<>();
        Set<Term> added = new LinkedHashSet<>();
        for (Term atom : atoms) {
            Terms.forEachSubterm(normalised(atom), t -> {
                if (!(t instanceof Term.App a) || !ntOf.containsKey(a.sort())) return;
                List<Term> holes = new ArrayList<>();
                for (Term arg : a.args()) {
                    String nt = ntOf.get(arg.sort());
                    if (nt == null) return;
                    holes.add(new Term.Hole(nt, arg.sort()));
                }
                Term template = Term.app(a.op(), a.indices(), holes);
                NonTerminal home = base.nonTerminal(ntOf.get(a.sort()));
                if (has(home, template) || !added.add(template)) return;
                extra.computeIfAbsent(home.name(), k -> new ArrayList<>()).add(new Production.Rule(template));
            });
        }
        if (extra.isEmpty()) return base;
        List<NonTerminal> nts = new ArrayList<>();
        for (NonTerminal nt : base.nonTerminals()) {
            List<Production> ps = new ArrayList<>(nt.productions());
            ps.addAll(extra.getOrDefault(nt.name(), List.of()));
            nts.add(new NonTerminal(nt.name(), nt.sort(), ps));
        }
        return new Grammar(nts);
    }

    private static boolean has(NonTerminal nt, Term template) {
        for (Production p : nt.productions()) if (p instanceof Production.Rule r && r.template().equals(template)) return true;
        return false;
    }

    /**
     * The same atom in the default grammar's operators where it has them: {@code a >= b} as {@code b <= a} (and the
     * strict and bit-vector forms alike), {@code distinct} as the negated equality, sums and conjunctions of more
     * than two as nested pairs.
     */
    static Term normalised(Term t) {
        return Terms.rewrite(t, x -> {
            if (!(x instanceof Term.App a)) return null;
            List<Term> args = new ArrayList<>();
            for (Term arg : a.args()) args.add(normalised(arg));
            Op mirror = switch (a.op()) {
                case GE -> Op.LE;
                case GT -> Op.LT;
                case BVUGE -> Op.BVULE;
                case BVUGT -> Op.BVULT;
                case BVSGE -> Op.BVSLE;
                case BVSGT -> Op.BVSLT;
                default -> null;
            };
            if (mirror != null && args.size() == 2) return Term.app(mirror, args.get(1), args.get(0));
            if (a.op() == Op.DISTINCT && args.size() == 2) return Term.app(Op.NOT, Term.app(Op.EQ, args.get(0), args.get(1)));
            if ((a.op() == Op.ADD || a.op() == Op.AND || a.op() == Op.OR) && args.size() > 2) {
                Term acc = args.get(0);
                for (int i = 1; i < args.size(); i++) acc = Term.app(a.op(), acc, args.get(i));
                return acc;
            }
            return Term.app(a.op(), a.indices(), args);
        });
    }

    private static List<Term> union(List<Term> a, List<Term> b) {
        Set<Term> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return new ArrayList<>(all);
    }
}
