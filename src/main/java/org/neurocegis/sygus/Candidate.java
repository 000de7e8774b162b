package org.neurocegis.sygus;

import java.util.List;
import java.util.Map;

import org.neurocegis.sexpr.Position;
import org.neurocegis.sexpr.SExpr;
import org.neurocegis.term.FunctionDefinition;

/**
 * A candidate answer read from a file: one definition per synth-fun (over the synth-fun's parameter names), and the
 * text of each body, so that a sub-term (named by its path, see {@link org.neurocegis.term.Terms#children}) can be
 * reported at its line and column.
 */
public record Candidate(Map<String, FunctionDefinition> functions, Map<String, SExpr> bodies) {
    public Candidate {
        functions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(functions));
        bodies = Map.copyOf(bodies);
    }

    /** Where the sub-term at {@code path} of {@code function}'s body starts in the text. */
    public Position position(String function, List<Integer> path) {
        SExpr here = bodies.get(function);
        if (here == null) return Position.UNKNOWN;
        for (int i : path) {
            if (!(here instanceof SExpr.SList list)) return here.pos();
            if ("let".equals(list.head()) && list.size() == 3 && list.get(1) instanceof SExpr.SList bindings) {
                if (i < bindings.size() && bindings.get(i) instanceof SExpr.SList b && b.size() > 0) {
                    here = b.get(b.size() - 1);
                } else {
                    here = list.get(2);
                }
            } else if (i + 1 < list.size()) {
                here = list.get(i + 1);
            } else {
                return list.pos();
            }
        }
        return here.pos();
    }
}
