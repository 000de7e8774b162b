package org.neurocegis.cegis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neurocegis.search.Enumerator;
import org.neurocegis.sygus.SynthFun;
import org.neurocegis.term.Evaluator;
import org.neurocegis.term.FunctionDefinition;
import org.neurocegis.term.Term;
import org.neurocegis.term.Value;

/** Judges enumerated terms against the units of an example set, reading their value vectors. */
final class UnitChecker {
    private final ExampleSet examples;
    private final Enumerator enumerator;
    private final SynthFun function;
    private final int[] fixedInput;
    private final long[] fixedValue;
    private final int[] fixedUnit;
    private final int[] generalUnit;
    private final Evaluator evaluator;
    private final Evaluator plain;
    private int currentTerm;
    private Term currentBody;
    private int lastFailure;

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
            return false;
        }
    }

    /** The units (by index in the example set) the term meets. */
    BitSet coverage(int termId) {
        BitSet covered = new BitSet(examples.units().size());
        for (int k = 0; k < fixedInput.length; k++) {
            if (enumerator.value(termId, fixedInput[k]) == fixedValue[k]) covered.set(fixedUnit[k]);
        }
        for (int u : generalUnit) if (general(termId, u)) covered.set(u);
        return covered;
    }

    /** The units whose (single) input satisfies the given per-input flags. */
    BitSet unitsWhere(boolean[] holds) {
        BitSet result = new BitSet(examples.units().size());
        List<ExampleSet.Unit> units = examples.units();
        for (int i = 0; i < units.size(); i++) if (holds[units.get(i).inputs()[0]]) result.set(i);
        return result;
    }
}
