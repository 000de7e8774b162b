package org.neurocegis.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neurocegis.sexpr.ParseException;
import org.neurocegis.sygus.Problem;
import org.neurocegis.sygus.SygusParser;
import org.neurocegis.term.FunctionDefinition;

class VerifierTest {
    @Test
    void aCounterexampleNamesTheConstraintItBreaksAndWhereItIs() throws ParseException {
        Problem p = SygusParser.parse("(set-logic LIA)\n(synth-fun f ((x Int)) Int)\n(declare-var x Int)\n"
                + "(constraint (>= (f x) x))\n  (constraint (>= (f x) 0))\n(check-synth)\n");
        var f = p.synthFuns().get(0);
        try (Verifier v = new Verifier(p, 10_000)) {
            FunctionDefinition identity = new FunctionDefinition("f", f.params(), f.returnSort(), f.params().get(0));
            var cex = assertInstanceOf(VerificationResult.Counterexample.class, v.verify(Map.of("f", identity)));
            assertEquals("constraint 2 at 5:3", cex.obligation());
        }
    }

    @Test
    void invariantObligationsAreNamedByTheirPart() throws ParseException {
        Problem p = SygusParser.parse("(set-logic LIA)\n(synth-inv inv ((x Int)))\n"
                + "(define-fun pre ((x Int)) Bool (= x 0))\n"
                + "(define-fun trans ((x Int) (x! Int)) Bool (= x! (+ x 1)))\n"
                + "(define-fun post ((x Int)) Bool (>= x 0))\n(inv-constraint inv pre trans post)\n(check-synth)\n");
        var inv = p.synthFuns().get(0);
        try (Verifier v = new Verifier(p, 10_000)) {
            // x <= 0 holds initially but is not inductive
            var body = org.neurocegis.term.Term.app(org.neurocegis.term.Op.LE, inv.params().get(0), org.neurocegis.term.Term.integer(0));
            var cex = assertInstanceOf(VerificationResult.Counterexample.class,
                    v.verify(Map.of("inv", new FunctionDefinition("inv", inv.params(), inv.returnSort(), body))));
            assertEquals("inv-constraint 1 (trans) at 6:1", cex.obligation());
        }
    }

    /**
     * Calls are translated by substituting their arguments into the callee's body, translated once over its
     * parameters: arguments that mention variables named like the parameters, swapped, must not be captured.
     */
    @Test
    void callsWhoseArgumentsNameTheCalleesParametersAreNotCaptured() throws ParseException {
        Problem p = SygusParser.parse("(set-logic LIA)\n(define-fun sub ((x Int) (y Int)) Int (- x y))\n"
                + "(define-fun twice ((y Int)) Int (sub (sub y 0) (- y)))\n"
                + "(synth-fun f ((x Int) (y Int)) Int)\n(declare-var x Int)\n(declare-var y Int)\n"
                + "(constraint (= (f x y) (- y x)))\n(constraint (= (twice (f x x)) 0))\n"
                + "(constraint (= (sub (f y x) (sub x y)) 0))\n(check-synth)\n");
        try (Verifier v = new Verifier(p, 10_000)) {
            // f = sub with its arguments swapped: right only if (sub y x) is y - x, not x - y or 0
            var swapped = SygusParser.parseSolution(p, "(define-fun f ((x Int) (y Int)) Int (sub y x))");
            assertInstanceOf(VerificationResult.Proved.class, v.verify(swapped));
            var unswapped = SygusParser.parseSolution(p, "(define-fun f ((x Int) (y Int)) Int (sub x y))");
            assertInstanceOf(VerificationResult.Counterexample.class, v.verify(unswapped));
        }
    }
}
