package org.neurocegis.cegis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neurocegis.sygus.Problem;
import org.neurocegis.sygus.SynthFun;
import org.neurocegis.term.Op;
import org.neurocegis.term.Term;
import org.neurocegis.term.Value;

/**
 * The examples of one function to synthesise: points (values of the universally quantified variables, from
 * counterexamples or sampling), and what they imply for the function: the argument tuples at which the constraints
 * call it (its inputs), and per point and constraint a residual obligation (a unit). Where the spec fixes the output
 * at an input (PBE, or {@code (= (f x) e)}), the unit records the expected output.
 */
public final class ExampleSet {
    /** One obligation: a residual constraint at one point. */
    public record Unit(Term residual, int[] inputs, boolean dynamic, int expectedInput, Value expected) {
        /** Whether the unit fixes the output at one input. */
        public boolean fixesOutput() {
            return expected != null;
        }
    }

    private final SynthFun function;
    private final List<Term> conjuncts = new ArrayList<>();
    private final Residual residual;
    private final List<Map<String, Value>> points = new ArrayList<>();
    private final Map<List<Value>, Integer> inputIndex = new LinkedHashMap<>();
    private final List<List<Value>> inputs = new ArrayList<>();
    private final List<Unit> units = new ArrayList<>();
    private final List<Term> assumes;
    private boolean contradiction;

    public ExampleSet(Problem problem, SynthFun function, Problem.Specification spec) {
        this.function = function;
        this.residual = new Residual(problem.definitionsByName(), Set.of(function.name()));
        for (Term c : spec.constraints()) flatten(c, conjuncts);
        this.assumes = spec.assumes();
    }

    private static void flatten(Term t, List<Term> out) {
        if (t instanceof Term.App a && a.op() == Op.AND) {
            for (Term x : a.args()) flatten(x, out);
        } else {
            out.add(t);
        }
    }

    public SynthFun function() {
        return function;
    }

    /** Whether the assumes hold at a point; points where they do not constrain nothing. */
    public boolean admissible(Map<String, Value> point) {
        return residual.admits(assumes, point);
    }

    /** Whether some assume calls the function (directly or through a definition): then admissibility is a guess. */
    public boolean assumesDependOnCandidate() {
        for (Term a : assumes) if (residual.dependsOnCandidate(a)) return true;
        return false;
    }

    /** Adds a point; false if it was already there. */
    public boolean add(Map<String, Value> point) {
        if (points.contains(point)) return false;
        points.add(Map.copyOf(point));
        for (Term c : conjuncts) {
            Term r = residual.residual(c, point);
            if (r instanceof Term.Lit l) {
                if (!((Value.BoolValue) l.value()).value()) contradiction = true;
                continue;
            }
            units.add(unit(r));
        }
        return true;
    }

    private Unit unit(Term r) {
        List<Integer> found = new ArrayList<>();
        boolean dynamic = collectCalls(r, found);
        int[] ins = found.stream().mapToInt(Integer::intValue).distinct().toArray();
        if (r instanceof Term.App a && a.op() == Op.EQ && a.args().size() == 2 && ins.length == 1 && !dynamic) {
            Term x = a.args().get(0), y = a.args().get(1);
            if (x instanceof Term.Call && y instanceof Term.Lit l) return new Unit(r, ins, false, ins[0], l.value());
            if (y instanceof Term.Call && x instanceof Term.Lit l) return new Unit(r, ins, false, ins[0], l.value());
        }
        return new Unit(r, ins, dynamic, -1, null);
    }

    /** Records the inputs of calls with literal arguments; true when some call's input is not known statically. */
    private boolean collectCalls(Term t, List<Integer> found) {
        boolean dynamic = false;
        if (t instanceof Term.Call c) {
            boolean literal = true;
            for (Term a : c.args()) {
                dynamic |= collectCalls(a, found);
                literal &= a instanceof Term.Lit;
            }
            if (c.function().equals(function.name())) {
                if (literal) {
                    List<Value> tuple = new ArrayList<>();
                    for (Term a : c.args()) tuple.add(((Term.Lit) a).value());
                    found.add(inputIndex.computeIfAbsent(tuple, k -> {
                        inputs.add(k);
                        return inputs.size() - 1;
                    }));
                } else {
                    dynamic = true;
                }
            } else if (residual.bodyDependsOnCandidate(c.function())) {
                dynamic = true; // a defined function that calls the candidate inside its body
            }
        } else if (t instanceof Term.App a) {
            for (Term x : a.args()) dynamic |= collectCalls(x, found);
        } else if (t instanceof Term.Let) {
            dynamic = true;
        }
        return dynamic;
    }

    public List<Map<String, Value>> points() {
        return points;
    }

    public List<List<Value>> inputs() {
        return inputs;
    }

    public int inputIndex(List<Value> args) {
        Integer i = inputIndex.get(args);
        return i == null ? -1 : i;
    }

    public List<Unit> units() {
        return units;
    }

    /** Some constraint is false at some admissible point whatever the function does: no solution exists. */
    public boolean contradiction() {
        return contradiction;
    }

    /** Every unit mentions one known input: correctness of a term can be judged unit by unit (needed to unify). */
    public boolean pointwise() {
        for (Unit u : units) if (u.dynamic() || u.inputs().length != 1) return false;
        return true;
    }
}
