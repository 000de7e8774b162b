package org.neurocegis.sygus;

import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.neurocegis.term.Op;
import org.neurocegis.term.Term;
import org.neurocegis.term.Value;
import org.neurocegis.term.Terms;

/**
 * Derivations of a term in a synth-fun's grammar: whether it derives at all (the check that keeps solutions inside
 * the language the user allowed, {@code (Constant S)} and {@code (Variable S)} included), and the cost of its
 * cheapest derivation when each production has a cost (how the invariant learner ranks its atoms).
 */
public final class Derivation {
    /** The cost of a term that does not derive. */
    public static final long NONE = Long.MAX_VALUE / 4;

    private final Grammar grammar;
    private final List<Term.Var> params;
    /** Per non-terminal and production, the cost of one use; null when every step is free. */
    private final long[][] stepCosts;
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<Term, long[]> memo = new IdentityHashMap<>();

    private Derivation(Grammar grammar, List<Term.Var> params, long[][] stepCosts) {
        this.grammar = grammar;
        this.params = params;
        this.stepCosts = stepCosts;
        for (int i = 0; i < grammar.nonTerminals().size(); i++) index.put(grammar.nonTerminals().get(i).name(), i);
    }

    /** True when {@code body} (with lets expanded) derives from the start symbol; always true without a grammar. */
    public static boolean derivable(SynthFun f, Term body) {
        if (f.grammar().isEmpty()) return true;
        return new Derivation(f.grammar().get(), f.params(), null).cost(Terms.expandLets(body)) < NONE;
    }

    /**
     * Costs of cheapest derivations in {@code grammar}, a production used once costing
     * {@code stepCosts[non-terminal][production]} (at least 0); one instance remembers the subterms it has seen.
     */
    public static Derivation costed(Grammar grammar, List<Term.Var> params, long[][] stepCosts) {
        return new Derivation(grammar, params, stepCosts);
    }

    /** The cost of the cheapest derivation of {@code t} from the start symbol, or {@link #NONE}. */
    public long cost(Term t) {
        return best(t)[0]; // the first non-terminal is the start symbol
    }

    /**
     * The least cost of deriving {@code t} from each non-terminal. Every production other than a bare non-terminal
     * consumes an operator of the term, so the recursion is on strictly smaller terms and the memo never sees a cycle;
     * unit productions (A -> B) are then followed until nothing gets cheaper (at most one pass per non-terminal).
     */
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
        return stepCosts == null ? 0 : stepCosts[nt][production];
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
        if (template instanceof Term.App ta) {
            if (!(t instanceof Term.App a) || a.op() != ta.op() || !a.indices().equals(ta.indices())
                    || a.args().size() != ta.args().size()) {
                return NONE;
            }
            return sum(ta.args(), a.args());
        }
        if (template instanceof Term.Call tc) {
            if (!(t instanceof Term.Call c) || !c.function().equals(tc.function()) || c.args().size() != tc.args().size()) {
                return NONE;
            }
            return sum(tc.args(), c.args());
        }
        if (template instanceof Term.Let tl) return template(Terms.expandLets(tl), t);
        return NONE;
    }

    private long sum(List<Term> templates, List<Term> args) {
        long sum = 0;
        for (int i = 0; i < args.size() && sum < NONE; i++) sum += template(templates.get(i), args.get(i));
        return Math.min(NONE, sum);
    }
}
