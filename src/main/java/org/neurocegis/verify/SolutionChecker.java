package org.neurocegis.verify;

import java.util.Map;

import org.neurocegis.sexpr.ParseException;
import org.neurocegis.sygus.Derivation;
import org.neurocegis.sygus.Problem;
import org.neurocegis.sygus.SygusParser;
import org.neurocegis.sygus.SynthFun;
import org.neurocegis.term.FunctionDefinition;

/**
 * Judges a solver's printed answer from its text alone: re-parse it against the problem, check that each body is
 * derivable from its grammar, and have Z3 prove the whole specification. Used by the golden tests and by the
 * benchmark runner, for our answers and cvc5's alike.
 */
public final class SolutionChecker {
    private SolutionChecker() {}

    public enum Status {
        /** A solution, proved correct and derivable from the grammar. */
        SOLVED,
        /** A solution that violates the specification (Z3 found a counterexample). */
        WRONG,
        /** A solution outside the synth-fun's grammar. */
        GRAMMAR_VIOLATION,
        /** The answer {@code infeasible}: the checker cannot confirm it from the text. */
        INFEASIBLE,
        /** No solution: {@code unknown}, {@code fail}, or Z3 could not decide the check. */
        UNKNOWN,
        /** Output that is none of the above (unparseable, wrong names or sorts). */
        ERROR
    }

    public record Verdict(Status status, String detail) {}

    public static Verdict check(Problem problem, String output, int timeoutMillis) {
        String text = output.strip();
        if (text.isEmpty()) return new Verdict(Status.UNKNOWN, "no output");
        String firstWord = text.split("\\s+", 2)[0];
        switch (firstWord) {
            case "unknown", "fail", "timeout" -> { return new Verdict(Status.UNKNOWN, firstWord); }
            case "infeasible" -> { return new Verdict(Status.INFEASIBLE, "infeasible"); }
            default -> { }
        }
        Map<String, FunctionDefinition> solution;
        try {
            solution = SygusParser.parseSolution(problem, text);
        } catch (ParseException ex) {
            return new Verdict(Status.ERROR, "unreadable answer at " + ex.position() + ": " + ex.detail());
        } catch (RuntimeException ex) {
            return new Verdict(Status.ERROR, "unreadable answer: " + ex.getMessage());
        }
        for (SynthFun f : problem.synthFuns()) {
            if (!Derivation.derivable(f, solution.get(f.name()).body())) {
                return new Verdict(Status.GRAMMAR_VIOLATION, f.name() + " is not derivable from its grammar");
            }
        }
        try (Verifier verifier = new Verifier(problem, timeoutMillis)) {
            VerificationResult r = verifier.verify(solution);
            if (r instanceof VerificationResult.Proved) return new Verdict(Status.SOLVED, "proved");
            if (r instanceof VerificationResult.Counterexample cex) {
                return new Verdict(Status.WRONG, "counterexample " + cex.point());
            }
            return new Verdict(Status.UNKNOWN, "Z3 could not decide: " + ((VerificationResult.Unknown) r).reason());
        }
    }
}
