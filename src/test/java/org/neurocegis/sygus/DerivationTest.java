package org.neurocegis.sygus;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.neurocegis.sexpr.ParseException;

class DerivationTest {
    private static boolean derivable(String grammar, String answer) throws ParseException {
        Problem p = SygusParser.parse("(set-logic LIA)(synth-fun f ((x Int)) Int ((Start Int)) ((Start Int " + grammar
                + ")))(declare-var x Int)(constraint (= (f x) x))(check-synth)");
        var solution = SygusParser.parseSolution(p, "((define-fun f ((x Int)) Int " + answer + "))");
        return Derivation.derivable(p.synthFuns().get(0), solution.get("f").body());
    }

    @Test
    void aNegativeLiteralDerivesThroughUnaryMinus() throws ParseException {
        assertTrue(derivable("(x 3 (- Start) (div Start Start))", "(div x (- 3))"));
        assertFalse(derivable("(x 3 (- Start) (div Start Start))", "(div x (- 4))"));
        assertFalse(derivable("(x 3 (div Start Start))", "(div x (- 3))"));
        assertTrue(derivable("(x (- 3) (div Start Start))", "(div x (- 3))"));
    }
}
