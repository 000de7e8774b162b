package org.neurocegis.cegis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neurocegis.search.Enumerator;
import org.neurocegis.search.OutputPredicate;
import org.neurocegis.sygus.SynthFun;
import org.neurocegis.term.Evaluator;
import org.neurocegis.term.FunctionDefinition;
import org.neurocegis.term.Term;
import org.neurocegis.term.Terms;
import org.neurocegis.term.Value;

/**
 * Judges enumerated terms against the units of an example set, reading their value vectors. A unit whose calls
 * reach an input outside the example inputs (a nested call at a value the candidate computes) is judged by
 * evaluating the candidate there; such inputs are recorded, since observational equivalence did not compare terms
 * at them: the search cannot claim exhaustion after meeting one, and adds them as inputs for its next round.
 */
final class UnitChecker {
    private final ExampleSet examples;
    private final Enumerator enumerator;
    private final SynthFun function;
    private final int[] fixedInput;
    private final long[] fixedValue;
    private final int[] fixedUnit;
    private final int[] generalUnit;
    private final int[] compiledUnit;
    private final int[] compiledInput;
    private final OutputPredicate[] compiled;
    private final Evaluator evaluator;
    private final Evaluator plain;
    private int currentTerm;
    private Term currentBody;
    private int lastFailure;
    private final Set<List<Value>> offInputs = new LinkedHashSet<>();
    private long offInputCalls;
    private long unjudged;

    UnitChecker(ExampleSet examples, Enumerator enumerator, SynthFun function, Map<String, FunctionDefinition> defs) {
        this.examples = examples;
        this.enumerator = enumerator;
        this.function = function;
        List<ExampleSet.Unit> units = examples.units();
        List<Integer> fixed = new ArrayList<>();
        List<Integer> general = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            ExampleSet.Unit u = units.get(i);
            if (u.fixesOutput() && Enumerator.encode(u.expected()) != null) fixed.add(i);
            else general.add(i);
        }
        // relational units at a single input compile to a predicate over the output
        List<Integer> compiledList = new ArrayList<>();
        List<OutputPredicate> predicates = new ArrayList<>();
        Term.Var output = new Term.Var(" out", function.returnSort());
        for (int k = general.size() - 1; k >= 0; k--) {
            ExampleSet.Unit u = units.get(general.get(k));
            if (u.dynamic() || u.inputs().length != 1) continue;
            OutputPredicate p = OutputPredicate.compile(Terms.replaceCalls(u.residual(), function.name(), output), output, defs);
            if (p == null) continue;
            compiledList.add(0, general.remove(k));
            predicates.add(0, p);
        }
        compiledUnit = compiledList.stream().mapToInt(Integer::intValue).toArray();
        compiled = predicates.toArray(new OutputPredicate[0]);
        compiledInput = new int[compiledUnit.length];
        for (int k = 0; k < compiledUnit.length; k++) compiledInput[k] = units.get(compiledUnit[k]).inputs()[0];
        fixedUnit = fixed.stream().mapToInt(Integer::intValue).toArray();
        generalUnit = general.stream().mapToInt(Integer::intValue).toArray();
        fixedInput = new int[fixedUnit.length];
        fixedValue = new long[fixedUnit.length];
        for (int k = 0; k < fixedUnit.length; k++) {
            ExampleSet.Unit u = units.get(fixedUnit[k]);
            fixedInput[k] = u.expectedInput();
            fixedValue[k] = Enumerator.encode(u.expected());
        }
        this.plain = new Evaluator(defs);
        Map<String, Evaluator.Oracle> oracles = new HashMap<>();
        oracles.put(function.name(), this::candidateValue);
        this.evaluator = new Evaluator(defs, oracles);
    }

    private Value candidateValue(List<Value> args) {
        int input = examples.inputIndex(args);
        if (input >= 0) return Enumerator.decode(enumerator.value(currentTerm, input), function.returnSort());
        offInputCalls++;
        if (offInputs.size() < 1024) offInputs.add(List.copyOf(args));
        if (currentBody == null) currentBody = enumerator.term(currentTerm);
        Map<String, Value> env = new HashMap<>();
        for (int i = 0; i < args.size(); i++) env.put(function.params().get(i).name(), args.get(i));
        return plain.eval(currentBody, env);
    }

    /** Whether the term meets every unit. */
    boolean passesAll(int termId) {
        int n = fixedInput.length;
        if (n > 0) {
            // the unit that failed last time is likely to fail again: test it first
            int k0 = lastFailure < n ? lastFailure : 0;
            if (enumerator.value(termId, fixedInput[k0]) != fixedValue[k0]) return false;
            for (int k = 0; k < n; k++) {
                if (enumerator.value(termId, fixedInput[k]) != fixedValue[k]) {
                    lastFailure = k;
                    return false;
                }
            }
        }
        for (int k = 0; k < compiled.length; k++) {
            if (!compiled[k].test(enumerator.value(termId, compiledInput[k]))) return false;
        }
        for (int u : generalUnit) if (!general(termId, u)) return false;
        return true;
    }

    private boolean general(int termId, int unit) {
        currentTerm = termId;
        currentBody = null;
        try {
            Value v = evaluator.eval(examples.units().get(unit).residual(), Map.of());
            return ((Value.BoolValue) v).value();
        } catch (ArithmeticException ex) {
            unjudged++;
            return false;
        }
    }

    /** The inputs outside the example inputs that judging terms reached, in the order met. */
    List<List<Value>> offInputs() {
        return List.copyOf(offInputs);
    }

    /** Whether judging some term reached an input outside the example inputs. */
    boolean metOffInputs() {
        return offInputCalls > 0;
    }

    /** Whether every term was judged on the example inputs alone, so that rejecting its class was sound. */
    boolean judgedOnInputsAlone() {
        return offInputCalls == 0 && unjudged == 0;
    }

    /**
     * The inputs at which the term meets every unit (for pointwise example sets, where each unit has one input).
     * Unification works on inputs, not units: a decision tree sends all units of one input to the same leaf.
     */
    BitSet coverage(int termId) {
        int inputs = enumerator.inputCount();
        BitSet covered = new BitSet(inputs);
        covered.set(0, inputs);
        for (int k = 0; k < fixedInput.length; k++) {
            if (enumerator.value(termId, fixedInput[k]) != fixedValue[k]) covered.clear(fixedInput[k]);
        }
        for (int k = 0; k < compiled.length; k++) {
            int input = compiledInput[k];
            if (covered.get(input) && !compiled[k].test(enumerator.value(termId, input))) covered.clear(input);
        }
        List<ExampleSet.Unit> units = examples.units();
        for (int u : generalUnit) {
            int input = units.get(u).inputs()[0];
            if (covered.get(input) && !general(termId, u)) covered.clear(input);
        }
        return covered;
    }

    /** The inputs where the given per-input flags hold. */
    static BitSet where(boolean[] holds) {
        BitSet result = new BitSet(holds.length);
        for (int i = 0; i < holds.length; i++) if (holds[i]) result.set(i);
        return result;
    }
}
