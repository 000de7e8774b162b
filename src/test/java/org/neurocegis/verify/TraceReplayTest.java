package org.neurocegis.verify;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neurocegis.sexpr.ParseException;
import org.neurocegis.sygus.Problem;
import org.neurocegis.sygus.SygusParser;
import org.neurocegis.term.Value;

/** A counterexample trace is replayed on the evaluator: a true one passes, one mutated state or input does not. */
class TraceReplayTest {
    /** x starts at 0 and grows by a declared input in {0, 1}; x = 3 breaks post. */
    private static final String UNSAFE = """
            (set-logic LIA)
            (synth-inv inv ((x Int) (b Bool)))
            (declare-var step Int)
            (define-fun pre ((x Int) (b Bool)) Bool (and (= x 0) (not b)))
            (define-fun trans ((x Int) (b Bool) (x! Int) (b! Bool)) Bool
                (and (>= step 0) (<= step 1) (= x! (+ x step)) (= b! (not b))))
            (define-fun post ((x Int) (b Bool)) Bool (< x 3))
            (inv-constraint inv pre trans post)
            (check-synth)
            """;

    private static List<List<Value>> states(long... xs) {
        List<List<Value>> states = new ArrayList<>();
        for (int k = 0; k < xs.length; k++) states.add(List.of(Value.of(xs[k]), Value.of(k % 2 == 1)));
        return states;
    }

    private static List<Map<String, Value>> inputs(long... steps) {
        List<Map<String, Value>> in = new ArrayList<>();
        in.add(Map.of("step", Value.of(7)));
        for (long s : steps) in.add(Map.of("step", Value.of(s)));
        in.add(Map.of("step", Value.of(-4)));
        return in;
    }

    private static InfeasibilityChecker.Verdict check(Certificate.Trace t) throws ParseException {
        return InfeasibilityChecker.check(SygusParser.parse(UNSAFE), t, Long.MAX_VALUE, 10_000);
    }

    @Test
    void aTrueTraceReplays() throws ParseException {
        InfeasibilityChecker.Verdict v = check(new Certificate.Trace("inv", states(0, 1, 2, 3), inputs(1, 1, 1)));
        assertTrue(v.confirmed(), v.detail());
    }

    @Test
    void oneMutatedStateIsRejected() throws ParseException {
        assertFalse(check(new Certificate.Trace("inv", states(0, 1, 3, 3), inputs(1, 1, 1))).confirmed());
        assertFalse(check(new Certificate.Trace("inv", states(1, 1, 2, 3), inputs(0, 1, 1))).confirmed(), "not initial");
        assertFalse(check(new Certificate.Trace("inv", states(0, 1, 2, 2), inputs(1, 1, 0))).confirmed(), "not bad");
        List<List<Value>> flipped = new ArrayList<>(states(0, 1, 2, 3));
        flipped.set(2, List.of(Value.of(2), Value.of(true)));
        assertFalse(check(new Certificate.Trace("inv", flipped, inputs(1, 1, 1))).confirmed(), "a Boolean flipped");
    }

    @Test
    void oneMutatedInputIsRejected() throws ParseException {
        assertFalse(check(new Certificate.Trace("inv", states(0, 1, 2, 3), inputs(1, 0, 1))).confirmed());
        assertFalse(check(new Certificate.Trace("inv", states(0, 1, 2, 3), inputs(1, 2, 0))).confirmed(), "out of range");
    }

    @Test
    void malformedTracesAreRejected() throws ParseException {
        assertFalse(check(new Certificate.Trace("inv", states(0, 1, 2, 3), inputs(1, 1))).confirmed(), "inputs missing");
        assertFalse(check(new Certificate.Trace("other", states(0, 1, 2, 3), inputs(1, 1, 1))).confirmed(), "no such invariant");
        List<Map<String, Value>> noStep = new ArrayList<>(inputs(1, 1, 1));
        noStep.set(2, Map.of());
        assertFalse(check(new Certificate.Trace("inv", states(0, 1, 2, 3), noStep)).confirmed(), "an input without a value");
        List<List<Value>> wrongSort = List.of(List.of(Value.of(true), Value.of(false)));
        assertFalse(check(new Certificate.Trace("inv", wrongSort, List.of(Map.of(), Map.of()))).confirmed());
    }
}
