package org.neurocegis.sygus;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.neurocegis.term.Op;
import org.neurocegis.term.Term;
import org.neurocegis.term.Value;
import org.neurocegis.term.Terms;

/**
 * Decides whether a term is derivable from a synth-fun's grammar: the check that keeps solutions inside the
 * language the user allowed, {@code (Constant S)} and {@code (Variable S)} included.
 */
public final class Derivation {
    private final Grammar grammar;
    private final List<Term.Var> params;
    private final Map<Term, Map<String, Boolean>> memo = new IdentityHashMap<>();

    private Derivation(Grammar grammar, List<Term.Var> params) {
        this.grammar = grammar;
        this.params = params;
    }

    /** True when {@code body} (with lets expanded) derives from the start symbol; always true without a grammar. */
    public static boolean derivable(SynthFun f, Term body) {
        if (f.grammar().isEmpty()) return true;
        Derivation d = new Derivation(f.grammar().get(), f.params());
        return d.derives(f.grammar().get().start(), Terms.expandLets(body));
    }

    /**
     * Unit productions (a bare non-terminal) are followed first, as a closure, so that every other step consumes an
     * operator of the term: the recursion is then on strictly smaller terms and the memo never sees a cycle.
     */
    private boolean derives(NonTerminal nt, Term t) {
        Map<String, Boolean> known = memo.computeIfAbsent(t, k -> new HashMap<>());
        Boolean cached = known.get(nt.name());
        if (cached != null) return cached;
        boolean result = false;
        for (NonTerminal reachable : unitClosure(nt)) {
            if (!t.sort().equals(reachable.sort())) continue;
            for (Production p : reachable.productions()) {
                if (!(p instanceof Production.Rule r && r.template() instanceof Term.Hole) && matches(p, t)) {
                    result = true;
                    break;
                }
            }
            if (result) break;
        }
        known.put(nt.name(), result);
        return result;
    }

    private final Map<String, java.util.Set<NonTerminal>> closures = new HashMap<>();

    private java.util.Set<NonTerminal> unitClosure(NonTerminal start) {
        java.util.Set<NonTerminal> seen = closures.get(start.name());
        if (seen != null) return seen;
        seen = new java.util.LinkedHashSet<>();
        java.util.Deque<NonTerminal> todo = new java.util.ArrayDeque<>();
        todo.add(start);
        while (!todo.isEmpty()) {
            NonTerminal nt = todo.poll();
            if (!seen.add(nt)) continue;
            for (Production p : nt.productions()) {
                if (p instanceof Production.Rule r && r.template() instanceof Term.Hole h) todo.add(grammar.nonTerminal(h.nonTerminal()));
            }
        }
        closures.put(start.name(), seen);
        return seen;
    }

    private boolean matches(Production p, Term t) {
        if (p instanceof Production.AnyConstant c) return t instanceof Term.Lit && t.sort().equals(c.sort());
        if (p instanceof Production.AnyVariable v) return t instanceof Term.Var var && var.sort().equals(v.sort()) && params.contains(var);
        return matchesTemplate(((Production.Rule) p).template(), t);
    }

    private boolean matchesTemplate(Term template, Term t) {
        if (template instanceof Term.Hole h) return derives(grammar.nonTerminal(h.nonTerminal()), t);
        if (template instanceof Term.Lit || template instanceof Term.Var) return template.equals(t);
        if (template instanceof Term.App ta && ta.op() == Op.SUB && ta.args().size() == 1 && t instanceof Term.Lit l
                && l.value() instanceof Value.IntValue iv && iv.value().signum() < 0) {
            // the parser reads (- 3) as the literal -3: it derives as a unary minus applied to 3
            return matchesTemplate(ta.args().get(0), Term.lit(Value.of(iv.value().negate())));
        }
        if (template instanceof Term.App ta) {
            if (!(t instanceof Term.App a) || a.op() != ta.op() || !a.indices().equals(ta.indices())
                    || a.args().size() != ta.args().size()) {
                return false;
            }
            for (int i = 0; i < a.args().size(); i++) if (!matchesTemplate(ta.args().get(i), a.args().get(i))) return false;
            return true;
        }
        if (template instanceof Term.Call tc) {
            if (!(t instanceof Term.Call c) || !c.function().equals(tc.function()) || c.args().size() != tc.args().size()) {
                return false;
            }
            for (int i = 0; i < c.args().size(); i++) if (!matchesTemplate(tc.args().get(i), c.args().get(i))) return false;
            return true;
        }
        if (template instanceof Term.Let tl) return matchesTemplate(Terms.expandLets(tl), t);
        return false;
    }

}
