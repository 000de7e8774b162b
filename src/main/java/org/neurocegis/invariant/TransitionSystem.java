package org.neurocegis.invariant;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neurocegis.sygus.InvConstraint;
import org.neurocegis.sygus.Problem;
import org.neurocegis.sygus.SynthFun;
import org.neurocegis.term.FunctionDefinition;
import org.neurocegis.term.Op;
import org.neurocegis.term.Sort;
import org.neurocegis.term.Term;

/**
 * The system behind a {@code synth-inv} and its inv-constraints: states are the invariant's parameters; several
 * inv-constraints on one invariant are a conjunction, so initial states are the union of their pre, steps the union
 * of their trans and safe states the intersection of their post. {@code inputs} are the declared variables, which
 * the definitions may read: every use of a clause (every step of a path) gets its own copy of them.
 */
public record TransitionSystem(SynthFun invariant, List<Term.Var> inputs, List<InvConstraint> clauses,
                               Map<String, FunctionDefinition> definitions) {
    public TransitionSystem {
        inputs = List.copyOf(inputs);
        clauses = List.copyOf(clauses);
        definitions = Map.copyOf(definitions);
    }

    /**
     * The system of a problem that is one invariant and nothing else (no other function, constraint or assume),
     * or empty.
     */
    public static Optional<TransitionSystem> of(Problem problem) {
        if (problem.synthFuns().size() != 1 || problem.invConstraints().isEmpty()) return Optional.empty();
        if (!problem.constraints().isEmpty() || !problem.assumes().isEmpty()) return Optional.empty();
        SynthFun inv = problem.synthFuns().get(0);
        if (!inv.invariant() || !inv.returnSort().equals(Sort.BOOL)) return Optional.empty();
        for (InvConstraint ic : problem.invConstraints()) if (!ic.inv().equals(inv.name())) return Optional.empty();
        return Optional.of(new TransitionSystem(inv, problem.variables(), problem.invConstraints(),
                problem.definitionsByName()));
    }

    public List<Term.Var> state() {
        return invariant.params();
    }

    /** Some clause's pre holds of {@code s}. */
    public Term pre(List<? extends Term> s) {
        List<Term> parts = new ArrayList<>();
        for (InvConstraint ic : clauses) parts.add(call(ic.pre(), s));
        return join(Op.OR, parts);
    }

    /** Some clause's trans leads from {@code s} to {@code next}. */
    public Term trans(List<? extends Term> s, List<? extends Term> next) {
        List<Term> both = new ArrayList<>(s);
        both.addAll(next);
        List<Term> parts = new ArrayList<>();
        for (InvConstraint ic : clauses) parts.add(call(ic.trans(), both));
        return join(Op.OR, parts);
    }

    /** Every clause's post holds of {@code s}. */
    public Term post(List<? extends Term> s) {
        List<Term> parts = new ArrayList<>();
        for (InvConstraint ic : clauses) parts.add(call(ic.post(), s));
        return join(Op.AND, parts);
    }

    private Term call(String function, List<? extends Term> args) {
        return new Term.Call(function, List.copyOf(args), definitions.get(function).returnSort());
    }

    private static Term join(Op op, List<Term> parts) {
        return parts.size() == 1 ? parts.get(0) : Term.app(op, List.of(), parts);
    }
}
