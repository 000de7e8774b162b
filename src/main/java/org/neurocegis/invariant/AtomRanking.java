package org.neurocegis.invariant;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neurocegis.search.DefaultGrammar;
import org.neurocegis.search.Examples;
import org.neurocegis.search.Proposer;
import org.neurocegis.search.Weights;
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
        Costing costing = new Costing(grammar, inv.params(), w.costs());
        Map<Term, Long> excess = new HashMap<>();
        for (Term a : atoms) excess.put(a, costing.excess(a));
        return new AtomPool.Pool(pool.all(), rank(pool.spec(), excess), rank(pool.candidates(), excess), pool.vars());
    }

    /** {@code atoms} ordered by their excess cost under {@code costs}, ties in the given order; the same atoms. */
    static List<Term> rank(List<Term> atoms, Grammar grammar, List<Term.Var> params, int[][] costs) {
        Costing costing = new Costing(grammar, params, costs);
        Map<Term, Long> excess = new HashMap<>();
        for (Term a : atoms) excess.put(a, costing.excess(a));
        return rank(atoms, excess);
    }

    private static List<Term> rank(List<Term> atoms, Map<Term, Long> excess) {
        List<Term> out = new ArrayList<>(atoms);
        // a stable sort: ties keep the fixed order
        out.sort(Comparator.comparingLong(excess::get));
        return out;
    }

    /** The excess cost of {@code atom}'s cheapest derivation (its cost less one per production), or none. */
    static long excess(Term atom, Grammar grammar, List<Term.Var> params, int[][] costs) {
        return new Costing(grammar, params, costs).excess(atom);
    }

    /** No derivation: after every atom that has one. */
    static final long NONE = Long.MAX_VALUE / 4;

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

    /** Cheapest derivations under excess costs (a production's cost less one), memoised per subterm. */
    private static final class Costing {
        private final Grammar grammar;
        private final List<Term.Var> params;
        private final int[][] costs;
        private final Map<String, Integer> index = new HashMap<>();
        private final Map<Term, long[]> memo = new HashMap<>();

        Costing(Grammar grammar, List<Term.Var> params, int[][] costs) {
            this.grammar = grammar;
            this.params = params;
            this.costs = costs;
            for (int i = 0; i < grammar.nonTerminals().size(); i++) index.put(grammar.nonTerminals().get(i).name(), i);
        }

        /** The cheaper of the atom as written and its normalised form, from the start symbol; {@link #NONE} if neither derives. */
        long excess(Term atom) {
            Term plain = Terms.expandLets(atom);
            return Math.min(best(plain)[0], best(normalised(plain))[0]);
        }

        /** The least excess cost of deriving {@code t} from each non-terminal. */
        private long[] best(Term t) {
            long[] known = memo.get(t);
            if (known != null) return known;
            List<NonTerminal> nts = grammar.nonTerminals();
            long[] out = new long[nts.size()];
            Arrays.fill(out, NONE);
            for (int i = 0; i < nts.size(); i++) {
                NonTerminal nt = nts.get(i);
                if (!nt.sort().equals(t.sort())) continue;
                for (int j = 0; j < nt.productions().size(); j++) {
                    Production p = nt.productions().get(j);
                    if (p instanceof Production.Rule r && r.template() instanceof Term.Hole) continue;
                    long m = matches(p, t);
                    if (m < NONE) out[i] = Math.min(out[i], step(i, j) + m);
                }
            }
            // unit productions (A -> B), followed until nothing gets cheaper: at most one pass per non-terminal
            for (int pass = 0; pass < nts.size(); pass++) {
                boolean changed = false;
                for (int i = 0; i < nts.size(); i++) {
                    List<Production> ps = nts.get(i).productions();
                    for (int j = 0; j < ps.size(); j++) {
                        if (!(ps.get(j) instanceof Production.Rule r && r.template() instanceof Term.Hole h)) continue;
                        Integer k = index.get(h.nonTerminal());
                        if (k == null || out[k] >= NONE) continue;
                        long c = step(i, j) + out[k];
                        if (c < out[i]) {
                            out[i] = c;
                            changed = true;
                        }
                    }
                }
                if (!changed) break;
            }
            memo.put(t, out);
            return out;
        }

        private long step(int nt, int production) {
            return Math.max(1, costs[nt][production]) - 1L;
        }

        private long matches(Production p, Term t) {
            if (p instanceof Production.AnyConstant c) return t instanceof Term.Lit && t.sort().equals(c.sort()) ? 0 : NONE;
            if (p instanceof Production.AnyVariable v) {
                return t instanceof Term.Var var && var.sort().equals(v.sort()) && params.contains(var) ? 0 : NONE;
            }
            return template(((Production.Rule) p).template(), t);
        }

        private long template(Term template, Term t) {
            if (template instanceof Term.Hole h) {
                Integer k = index.get(h.nonTerminal());
                return k == null ? NONE : best(t)[k];
            }
            if (template instanceof Term.Lit || template instanceof Term.Var) return template.equals(t) ? 0 : NONE;
            if (template instanceof Term.App ta && ta.op() == Op.SUB && ta.args().size() == 1 && t instanceof Term.Lit l
                    && l.value() instanceof Value.IntValue iv && iv.value().signum() < 0) {
                // the parser reads (- 3) as the literal -3: it derives as a unary minus applied to 3
                return template(ta.args().get(0), Term.lit(Value.of(iv.value().negate())));
            }
            if (template instanceof Term.App ta && t instanceof Term.App a && a.op() == ta.op()
                    && a.indices().equals(ta.indices()) && a.args().size() == ta.args().size()) {
                long sum = 0;
                for (int i = 0; i < a.args().size() && sum < NONE; i++) sum += template(ta.args().get(i), a.args().get(i));
                return Math.min(NONE, sum);
            }
            return NONE;
        }
    }
}
