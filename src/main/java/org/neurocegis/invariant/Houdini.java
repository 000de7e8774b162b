package org.neurocegis.invariant;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.neurocegis.term.Evaluator;
import org.neurocegis.term.Op;
import org.neurocegis.term.Term;
import org.neurocegis.term.Value;

/**
 * Houdini: the largest inductive conjunction of candidate clauses. Starting from all of them, every counterexample
 * of the teacher (an initial state outside the conjunction, or a step from inside to outside) removes the clauses
 * false at the state it leads to, until the conjunction is inductive: a fixpoint, whatever the order of removals.
 */
final class Houdini {
    private Houdini() {}

    /** The inductive conjunction (empty if time ran out or the teacher could not decide), and how many rounds. */
    record Fixpoint(List<Term> clauses, int rounds) {}

    static Optional<Fixpoint> fixpoint(Teacher teacher, List<Term> candidates, List<Term.Var> state) {
        List<Term> s = new ArrayList<>(candidates);
        Evaluator eval = new Evaluator();
        for (int round = 1; ; round++) {
            Term conj = conjunction(s);
            Teacher.Verdict v = teacher.initiation(conj);
            List<Value> bad;
            if (v instanceof Teacher.Verdict.Positive p) {
                bad = p.state();
            } else if (v instanceof Teacher.Verdict.Inductive) {
                Teacher.Verdict c = teacher.consecution(conj);
                if (c instanceof Teacher.Verdict.Inductive) return Optional.of(new Fixpoint(s, round));
                if (!(c instanceof Teacher.Verdict.Implication i)) return Optional.empty();
                bad = i.to();
            } else {
                return Optional.empty();
            }
            int before = s.size();
            java.util.Map<String, Value> env = AtomPool.env(state, bad);
            s.removeIf(a -> !AtomPool.holds(eval, a, env));
            // our evaluator and Z3 disagree (a value SMT-LIB leaves unspecified): no progress is possible
            if (s.size() == before) return Optional.empty();
        }
    }

    static Term conjunction(List<Term> parts) {
        if (parts.isEmpty()) return Term.bool(true);
        return parts.size() == 1 ? parts.get(0) : Term.app(Op.AND, List.of(), parts);
    }
}
