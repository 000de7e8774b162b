package org.neurocegis.cegis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neurocegis.sygus.Derivation;
import org.neurocegis.sygus.Problem;
import org.neurocegis.sygus.SynthFun;
import org.neurocegis.term.FunctionDefinition;
import org.neurocegis.term.Op;
import org.neurocegis.term.Term;
import org.neurocegis.term.Value;

/**
 * The specification's own definition: if some constraint reads {@code (= (f x1 .. xn) e)} with distinct variables xi
 * and e free of f, then e with the xi renamed to f's parameters is proposed once (where the grammar allows it).
 */
final class SpecificationDefinition implements Strategy {
    private final Problem problem;
    private final SynthFun function;
    private boolean proposed;

    SpecificationDefinition(Problem problem, SynthFun function) {
        this.problem = problem;
        this.function = function;
    }

    @Override public String name() {
        return "the specification's own definition";
    }

    @Override public Proposal propose(List<Map<String, Value>> points, Context context) {
        if (proposed) return new Proposal.Pass("the specification's definition is not a solution");
        proposed = true;
        Term body = definition();
        if (body == null) return new Proposal.Pass("no constraint defines " + function.name());
        if (function.grammar().isPresent() && !Derivation.derivable(function, body)) {
            return new Proposal.Pass("the grammar does not allow the specification's definition");
        }
        FunctionDefinition candidate = new FunctionDefinition(function.name(), function.params(), function.returnSort(), body);
        return new Proposal.Candidate(Map.of(function.name(), candidate), List.of(), name());
    }

    private Term definition() {
        Map<String, FunctionDefinition> definitions = problem.definitionsByName();
        Problem.Specification spec = problem.specification();
        List<Term> conjuncts = new ArrayList<>();
        for (Term c : spec.constraints()) {
            if (c instanceof Term.App a && a.op() == Op.AND) conjuncts.addAll(a.args());
            else conjuncts.add(c);
        }
        Residual residual = new Residual(definitions, Set.of(function.name()));
        for (Term c : conjuncts) {
            if (!(c instanceof Term.App a) || a.op() != Op.EQ || a.args().size() != 2) continue;
            for (int side = 0; side < 2; side++) {
                if (!(a.args().get(side) instanceof Term.Call call) || !call.function().equals(function.name())) continue;
                Term other = a.args().get(1 - side);
                if (residual.dependsOnCandidate(other)) continue;
                Map<String, Term> rename = new HashMap<>();
                boolean ok = true;
                for (int i = 0; i < call.args().size(); i++) {
                    if (!(call.args().get(i) instanceof Term.Var v) || rename.containsKey(v.name())) {
                        ok = false;
                        break;
                    }
                    rename.put(v.name(), function.params().get(i));
                }
                if (!ok) continue;
                Term body = Inliner.inline(other, rename, function.grammar().isEmpty() ? definitions : Map.of());
                if (body != null) return body;
            }
        }
        return null;
    }
}
