package org.neurocegis.verify;

import com.microsoft.z3.Context;
import com.microsoft.z3.Model;
import com.microsoft.z3.Params;
import com.microsoft.z3.Solver;
import com.microsoft.z3.Status;
import com.microsoft.z3.Z3Exception;

import org.neurocegis.sygus.Problem;
import org.neurocegis.term.Term;

/**
 * Checks that go through SMT-LIB text read by Z3's own parser, in a context of their own, so that a bug in our
 * translation ({@link Z3Translator}) cannot make them agree with the search they check.
 */
final class SmtScript {
    private SmtScript() {}

    /** What Z3 said: SAT with the model's constants as text, UNSAT, UNKNOWN with its reason, or null and an error. */
    record Result(Status status, String detail) {}

    /** {@code (=> (and true assumes..) (and true constraints..))}: the specification at one valuation. */
    static String implication(Problem.Specification spec) {
        StringBuilder sb = new StringBuilder("(=> (and true");
        for (Term a : spec.assumes()) sb.append(' ').append(a);
        sb.append(") (and true");
        for (Term c : spec.constraints()) sb.append(' ').append(c);
        return sb.append("))").toString();
    }

    static Result check(String script, int timeoutMillis) {
        return check(script, timeoutMillis, null);
    }

    /** The same, with {@code beside} (if not null) free to interrupt this check when it decides first. */
    static Result check(String script, int timeoutMillis, IntBlast.Beside beside) {
        try (Context ctx = Z3Contexts.open()) {
            Solver solver = ctx.mkSolver();
            if (timeoutMillis > 0) {
                Params params = ctx.mkParams();
                params.add("timeout", timeoutMillis);
                solver.setParameters(params);
            }
            solver.add(ctx.parseSMTLIB2String(script, null, null, null, null));
            Status status = beside == null ? solver.check() : beside.race(solver, ctx);
            if (status == null) return new Result(Status.UNKNOWN, "interrupted: the int-blasted query decided first");
            if (status == Status.SATISFIABLE) {
                Model model = solver.getModel();
                StringBuilder constants = new StringBuilder();
                for (var decl : model.getConstDecls()) {
                    constants.append(' ').append(decl.getName()).append('=').append(model.getConstInterp(decl));
                }
                return new Result(status, constants.toString().strip());
            }
            return new Result(status, status == Status.UNKNOWN ? solver.getReasonUnknown() : "");
        } catch (Z3Exception ex) {
            return new Result(null, "Z3 rejected the check: " + ex.getMessage());
        }
    }
}
