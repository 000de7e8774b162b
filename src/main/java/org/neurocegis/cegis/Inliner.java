package org.neurocegis.cegis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neurocegis.term.FunctionDefinition;
import org.neurocegis.term.Term;

/** Renames variables and inlines calls of defined functions and lets, for solutions that must stand alone. */
final class Inliner {
    private Inliner() {}

    /**
     * @param rename variables to replace (every free variable must be here, else null is returned)
     * @param definitions the defined functions to inline (others stay calls)
     */
    static Term inline(Term t, Map<String, Term> rename, Map<String, FunctionDefinition> definitions) {
        return inline(t, rename, definitions, new int[] {MAX_NODES});
    }

    /** Inlining turns a DAG of calls into a tree; past this many nodes the result is not worth printing. */
    private static final int MAX_NODES = 20_000;

    private static Term inline(Term t, Map<String, Term> rename, Map<String, FunctionDefinition> definitions, int[] budget) {
        if (--budget[0] < 0) return null;
        if (t instanceof Term.Var v) return rename.get(v.name());
        if (t instanceof Term.Lit) return t;
        if (t instanceof Term.App a) {
            List<Term> args = new ArrayList<>();
            for (Term x : a.args()) {
                Term r = inline(x, rename, definitions, budget);
                if (r == null) return null;
                args.add(r);
            }
            return new Term.App(a.op(), a.indices(), args, a.sort());
        }
        if (t instanceof Term.Call c) {
            List<Term> args = new ArrayList<>();
            for (Term x : c.args()) {
                Term r = inline(x, rename, definitions, budget);
                if (r == null) return null;
                args.add(r);
            }
            FunctionDefinition d = definitions.get(c.function());
            if (d == null) return new Term.Call(c.function(), args, c.sort());
            Map<String, Term> params = new HashMap<>();
            for (int i = 0; i < args.size(); i++) params.put(d.params().get(i).name(), args.get(i));
            return inline(d.body(), params, definitions, budget);
        }
        if (t instanceof Term.Let l) {
            Map<String, Term> inner = new HashMap<>(rename);
            for (Term.Binding b : l.bindings()) {
                Term r = inline(b.value(), rename, definitions, budget);
                if (r == null) return null;
                inner.put(b.name(), r);
            }
            return inline(l.body(), inner, definitions, budget);
        }
        return null;
    }
}
