package org.neurocegis.sygus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neurocegis.sexpr.Position;
import org.neurocegis.term.FunctionDefinition;
import org.neurocegis.term.Op;
import org.neurocegis.term.Sort;
import org.neurocegis.term.Term;

/**
 * A parsed, sort-checked SyGuS problem. Sort aliases are resolved; {@code settings} keeps set-option, set-info and
 * set-feature commands as printed S-expressions so that printing round-trips.
 */
public record Problem(
        String logic,
        List<String> settings,
        List<Term.Var> variables,
        List<FunctionDefinition> definitions,
        List<SynthFun> synthFuns,
        List<Term> constraints,
        List<Term> assumes,
        List<InvConstraint> invConstraints,
        List<Position> origins) {

    public Problem {
        settings = List.copyOf(settings);
        variables = List.copyOf(variables);
        definitions = List.copyOf(definitions);
        synthFuns = List.copyOf(synthFuns);
        constraints = List.copyOf(constraints);
        assumes = List.copyOf(assumes);
        invConstraints = List.copyOf(invConstraints);
        origins = List.copyOf(origins);
    }

    /** A problem without source positions (built in code rather than parsed). */
    public Problem(String logic, List<String> settings, List<Term.Var> variables, List<FunctionDefinition> definitions,
                   List<SynthFun> synthFuns, List<Term> constraints, List<Term> assumes, List<InvConstraint> invConstraints) {
        this(logic, settings, variables, definitions, synthFuns, constraints, assumes, invConstraints, List.of());
    }

    /** Where a problem's text put its parts is not part of what the problem is. */
    @Override public boolean equals(Object o) {
        return o instanceof Problem p && java.util.Objects.equals(logic, p.logic) && settings.equals(p.settings) && variables.equals(p.variables)
                && definitions.equals(p.definitions) && synthFuns.equals(p.synthFuns) && constraints.equals(p.constraints)
                && assumes.equals(p.assumes) && invConstraints.equals(p.invConstraints);
    }

    @Override public int hashCode() {
        return java.util.Objects.hash(logic, settings, variables, definitions, synthFuns, constraints, assumes, invConstraints);
    }

    /** The source position of constraint {@code i}, then of each inv-constraint, if the problem was parsed. */
    private String at(int i) {
        return i < origins.size() && origins.get(i) != Position.UNKNOWN ? " at " + origins.get(i) : "";
    }

    /**
     * Where the text put obligation {@code i} of {@link #specification()}: its constraint, or the inv-constraint its
     * three obligations come from; {@link Position#UNKNOWN} for a problem built in code.
     */
    public Position origin(int i) {
        int k = i < constraints.size() ? i : constraints.size() + (i - constraints.size()) / 3;
        return k < origins.size() ? origins.get(k) : Position.UNKNOWN;
    }

    public SynthFun synthFun(String name) {
        for (SynthFun f : synthFuns) if (f.name().equals(name)) return f;
        return null;
    }

    public Map<String, FunctionDefinition> definitionsByName() {
        Map<String, FunctionDefinition> map = new LinkedHashMap<>();
        for (FunctionDefinition d : definitions) map.put(d.name(), d);
        return map;
    }

    /**
     * The specification as plain constraints over universally quantified variables: the constraints, plus the three
     * obligations of each inv-constraint over fresh (unprimed and primed) variables. Assumes stay separate.
     */
    public Specification specification() {
        List<Term.Var> vars = new ArrayList<>(variables);
        List<Term> all = new ArrayList<>(constraints);
        List<String> labels = new ArrayList<>();
        for (int i = 1; i <= constraints.size(); i++) labels.add("constraint " + i + at(i - 1));
        Map<String, FunctionDefinition> defs = definitionsByName();
        int invIndex = 0;
        for (InvConstraint ic : invConstraints) {
            SynthFun inv = synthFun(ic.inv());
            List<Term> now = new ArrayList<>();
            List<Term> next = new ArrayList<>();
            for (Term.Var p : inv.params()) {
                now.add(freshVar(vars, p.name(), p.sort()));
                next.add(freshVar(vars, p.name() + "!", p.sort()));
            }
            List<Term> both = new ArrayList<>(now);
            both.addAll(next);
            Term invNow = new Term.Call(inv.name(), now, Sort.BOOL);
            Term invNext = new Term.Call(inv.name(), next, Sort.BOOL);
            Term pre = new Term.Call(ic.pre(), now, defs.get(ic.pre()).returnSort());
            Term trans = new Term.Call(ic.trans(), both, defs.get(ic.trans()).returnSort());
            Term post = new Term.Call(ic.post(), now, defs.get(ic.post()).returnSort());
            all.add(Term.app(Op.IMPLIES, pre, invNow));
            all.add(Term.app(Op.IMPLIES, Term.app(Op.AND, invNow, trans), invNext));
            all.add(Term.app(Op.IMPLIES, invNow, post));
            invIndex++;
            for (String part : List.of("pre", "trans", "post")) {
                labels.add("inv-constraint " + invIndex + " (" + part + ")" + at(constraints.size() + invIndex - 1));
            }
        }
        return new Specification(vars, assumes, all, labels);
    }

    /** A variable named {@code name} of {@code sort}: an existing one if it fits, else a new one with a fresh name. */
    private static Term.Var freshVar(List<Term.Var> vars, String name, Sort sort) {
        String candidate = name;
        for (int i = 1; ; i++) {
            boolean clash = false;
            for (Term.Var v : vars) {
                if (v.name().equals(candidate)) {
                    if (v.sort().equals(sort)) return v;
                    clash = true;
                }
            }
            if (!clash) {
                Term.Var v = new Term.Var(candidate, sort);
                vars.add(v);
                return v;
            }
            candidate = name + "_" + i;
        }
    }

    /**
     * For all {@code variables}: the conjunction of {@code assumes} implies every one of {@code constraints}; each
     * constraint's label says where it comes from ("constraint 2", "inv-constraint 1 (trans)"), for messages.
     */
    public record Specification(List<Term.Var> variables, List<Term> assumes, List<Term> constraints, List<String> labels) {
        public Specification {
            variables = List.copyOf(variables);
            assumes = List.copyOf(assumes);
            constraints = List.copyOf(constraints);
            labels = List.copyOf(labels);
            if (labels.size() != constraints.size()) throw new IllegalArgumentException("one label per constraint");
        }
    }
}
