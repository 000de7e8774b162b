package org.neurocegis.cegis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neurocegis.search.Examples;
import org.neurocegis.sygus.SynthFun;
import org.neurocegis.term.FunctionDefinition;
import org.neurocegis.term.Op;
import org.neurocegis.term.Term;
import org.neurocegis.term.Value;

/**
 * The examples of one function to synthesise: points (values of the universally quantified variables, from
 * counterexamples or sampling), and what they imply for the function: the argument tuples at which the constraints
 * call it (its inputs), and per point and constraint a residual obligation (a unit). Where the spec fixes the output
 * at an input (PBE, or {@code (= (f x) e)}), the unit records the expected output. Inputs that only a candidate's
 * own values lead to (nested calls) are not known from the points; the search adds them as it meets them.
 */
final class ExampleSet {
    /** One obligation: a residual constraint at one point. */
    record Unit(Term residual, int[] inputs, boolean dynamic, int expectedInput, Value expected) {
        /** Whether the unit fixes the output at one input. */
        boolean fixesOutput() {
            return expected != null;
        }
    }

    private final SynthFun function;
    private final Obligations obligations;
    private final Residual residual;
    private final List<Map<String, Value>> points = new ArrayList<>();
    private final Map<List<Value>, Integer> inputIndex = new LinkedHashMap<>();
    private final List<List<Value>> inputs = new ArrayList<>();
    private final List<Unit> units = new ArrayList<>();

    ExampleSet(SynthFun function, Obligations obligations, Map<String, FunctionDefinition> definitions) {
        this.function = function;
        this.obligations = obligations;
        this.residual = new Residual(definitions, Set.of(function.name()));
    }

    /** Adds a point (the caller made sure the free assumes hold there); false if it was already there. */
    boolean add(Map<String, Value> point) {
        if (points.contains(point)) return false;
        points.add(Map.copyOf(point));
        for (Obligations.Obligation o : obligations.conjuncts()) {
            Term r = residual.residual(o.formula(), point);
            if (r instanceof Term.Lit) continue; // true, or (a contradiction) false whatever f does: the loop's concern
            units.add(unit(r));
        }
        return true;
    }

    /** Adds an input at which the function's value matters (met while judging a candidate); false if known. */
    boolean addInput(List<Value> args) {
        if (inputIndex.containsKey(args)) return false;
        inputIndex.put(List.copyOf(args), inputs.size());
        inputs.add(List.copyOf(args));
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
                    addInput(tuple);
                    found.add(inputIndex.get(tuple));
                } else {
                    dynamic = true;
                }
            }
        } else if (t instanceof Term.App a) {
            for (Term x : a.args()) dynamic |= collectCalls(x, found);
        } else if (t instanceof Term.Let) {
            dynamic = true;
        }
        return dynamic;
    }

    /** The inputs, each with the output some unit fixes there (null where none does), for the proposer. */
    Examples forProposer() {
        Value[] outputs = new Value[inputs.size()];
        for (Unit u : units) if (u.fixesOutput()) outputs[u.expectedInput()] = u.expected();
        return new Examples(inputs, java.util.Arrays.asList(outputs));
    }

    List<Map<String, Value>> points() {
        return points;
    }

    List<List<Value>> inputs() {
        return inputs;
    }

    int inputIndex(List<Value> args) {
        Integer i = inputIndex.get(args);
        return i == null ? -1 : i;
    }

    List<Unit> units() {
        return units;
    }

    /** Every unit mentions one known input: correctness of a term can be judged unit by unit (needed to unify). */
    boolean pointwise() {
        for (Unit u : units) if (u.dynamic() || u.inputs().length != 1) return false;
        return true;
    }
}
