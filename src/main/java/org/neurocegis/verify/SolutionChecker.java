package org.neurocegis.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;


import org.neurocegis.sexpr.ParseException;
import org.neurocegis.sygus.Derivation;
import org.neurocegis.sygus.Problem;
import org.neurocegis.sygus.SygusParser;
import org.neurocegis.sygus.SynthFun;
import org.neurocegis.term.Evaluator;
import org.neurocegis.term.FunctionDefinition;
import org.neurocegis.term.Term;
import org.neurocegis.term.Terms;
import org.neurocegis.term.TermPrinter;

/**
 * Judges a solver's printed answer from its text alone: re-parse it against the problem (its parameters may be named
 * differently: they are renamed to the synth-fun's by position), check that each body is derivable from its grammar,
 * and have Z3 prove the whole specification. Used by the golden tests and by the
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
            return new Verdict(Status.ERROR, "invalid answer at " + ex.position() + ": " + ex.detail());
        } catch (RuntimeException ex) {
            return new Verdict(Status.ERROR, "unreadable answer: " + ex.getMessage());
        }
        for (SynthFun f : problem.synthFuns()) {
            if (!Derivation.derivable(f, solution.get(f.name()).body())) {
                return new Verdict(Status.GRAMMAR_VIOLATION, f.name() + " is not derivable from its grammar");
            }
        }
        return prove(problem, solution, timeoutMillis);
    }

    /**
     * The proof goes through text, not through {@link Z3Translator}: the problem and the solution are written as an
     * SMT-LIB script that Z3's own parser reads, so that a bug in our translation cannot hide a wrong answer. Only
     * where the int-blasted query (run beside it) decides first or the text is undecided does the answer rest on our
     * translation ({@link #intBlasted}).
     */
    public static Verdict prove(Problem problem, Map<String, FunctionDefinition> solution, int timeoutMillis) {
        Problem.Specification spec = problem.specification();
        StringBuilder script = new StringBuilder(declarations(problem, solution));
        script.append("(assert (not ").append(SmtScript.implication(spec)).append("))\n");
        try (IntBlast.Beside beside = IntBlast.beside(problem, solution, spec.constraints(), timeoutMillis)) {
            SmtScript.Result result = SmtScript.check(script.toString(), timeoutMillis, beside);
            if (result.status() == null) return new Verdict(Status.ERROR, result.detail());
            return switch (result.status()) {
                case UNSATISFIABLE -> new Verdict(Status.SOLVED, "proved");
                case SATISFIABLE -> new Verdict(Status.WRONG, "counterexample: " + result.detail());
                default -> intBlasted(problem, solution, beside.await(), "Z3 could not decide: " + result.detail());
            };
        }
    }

    /**
     * When Z3 cannot decide the text (or was interrupted because this answered first): the exact int-blasting of the
     * query ({@link IntBlast}), run beside it. This one goes through our own translation, not Z3's parser; its
     * exactness is what {@code IntBlastTest} checks, operator by operator, against the evaluator. A point it finds
     * counts only if it fails on the evaluator.
     */
    private static Verdict intBlasted(Problem problem, Map<String, FunctionDefinition> solution, IntBlast.Answer answer,
                                      String why) {
        if (answer instanceof IntBlast.Answer.Proved) {
            return new Verdict(Status.SOLVED, "proved (int-blasted into linear integer arithmetic)");
        }
        if (answer instanceof IntBlast.Answer.Point p) {
            Evaluator evaluator = new Evaluator(problem.definitionsByName()).with(solution);
            return CandidateVerifier.failing(problem.specification(), evaluator, p.point()) >= 0
                    ? new Verdict(Status.WRONG, "counterexample (int-blasted, replayed on the evaluator): " + p.point())
                    : new Verdict(Status.UNKNOWN, why + "; the int-blasted query's counterexample does not replay");
        }
        return new Verdict(Status.UNKNOWN, why + "; " + ((IntBlast.Answer.Undecided) answer).reason());
    }

    /**
     * The SMT-LIB declarations of the specification's variables and the definitions of the problem and the solution:
     * in their order, and a definition that calls a synthesised function after the solutions (SMT-LIB needs a
     * function defined before its use).
     */
    static String declarations(Problem problem, Map<String, FunctionDefinition> solution) {
        StringBuilder script = new StringBuilder();
        for (Term.Var v : problem.specification().variables()) {
            script.append("(declare-fun ").append(TermPrinter.symbol(v.name())).append(" () ").append(v.sort()).append(")\n");
        }
        List<FunctionDefinition> later = new ArrayList<>();
        java.util.Set<String> dependent = Terms.dependents(problem.definitionsByName(), solution.keySet());
        for (FunctionDefinition d : problem.definitions()) {
            if (dependent.contains(d.name())) later.add(d);
            else script.append(d.toDefineFun()).append('\n');
        }
        for (FunctionDefinition d : solution.values()) script.append(d.toDefineFun()).append('\n');
        for (FunctionDefinition d : later) script.append(d.toDefineFun()).append('\n');
        return script.toString();
    }
}
