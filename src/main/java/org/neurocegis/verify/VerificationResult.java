package org.neurocegis.verify;

import java.util.Map;

import org.neurocegis.term.Value;

/** What the verifier concluded about a candidate. */
public sealed interface VerificationResult {
    /** Z3 proved that the candidates meet every constraint under every assume. */
    record Proved() implements VerificationResult {}

    /**
     * A value for every universally quantified variable at which some constraint fails; {@code obligation} names the
     * one that fails (its label, e.g. "constraint 2" or "inv-constraint 1 (trans)").
     */
    record Counterexample(Map<String, Value> point, String obligation) implements VerificationResult {
        public Counterexample {
            point = Map.copyOf(point);
        }
    }

    /** Z3 could not decide (time or resource limit, or an incomplete theory). Never treated as a proof. */
    record Unknown(String reason) implements VerificationResult {}
}
