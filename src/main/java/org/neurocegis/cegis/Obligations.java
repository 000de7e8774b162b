package org.neurocegis.cegis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neurocegis.sygus.Problem;
import org.neurocegis.term.FunctionDefinition;
import org.neurocegis.term.Op;
import org.neurocegis.term.Term;
import org.neurocegis.term.Terms;

/**
 * The specification as the example sets see it: the assumes that do not mention the functions being synthesised
 * (they decide which points count), and the constraints split at their top-level conjunctions, each labelled with
 * where it comes from. An assume that mentions a function being synthesised cannot decide a point before the
 * function is known, so it becomes a premise of every constraint: {@code A(f) => C}, which is exactly what
 * "under every assume" means.
 */
record Obligations(List<Term> freeAssumes, List<Obligation> conjuncts) {
    /** One conjunct of the specification and the label of the constraint it comes from. */
    record Obligation(String label, Term formula) {}

    static Obligations of(Problem.Specification spec, Map<String, FunctionDefinition> definitions, Set<String> synthFuns) {
        Set<String> dependent = Terms.dependents(definitions, synthFuns);
        List<Term> free = new ArrayList<>();
        List<Term> premises = new ArrayList<>();
        for (Term a : spec.assumes()) (Terms.callsAny(a, dependent) ? premises : free).add(a);
        Term premise = premises.isEmpty() ? null
                : premises.size() == 1 ? premises.get(0) : Term.app(Op.AND, List.of(), premises);
        List<Obligation> conjuncts = new ArrayList<>();
        for (int i = 0; i < spec.constraints().size(); i++) {
            List<Term> parts = new ArrayList<>();
            flatten(spec.constraints().get(i), parts);
            for (Term part : parts) {
                Term formula = premise == null ? part : Term.app(Op.IMPLIES, premise, part);
                conjuncts.add(new Obligation(spec.labels().get(i), formula));
            }
        }
        return new Obligations(List.copyOf(free), List.copyOf(conjuncts));
    }

    private static void flatten(Term t, List<Term> out) {
        if (t instanceof Term.App a && a.op() == Op.AND) {
            for (Term x : a.args()) flatten(x, out);
        } else {
            out.add(t);
        }
    }
}
