package org.neurocegis.search;

import java.util.List;
import java.util.Map;

import org.neurocegis.term.FunctionDefinition;
import org.neurocegis.term.Term;

/**
 * A Boolean term over one variable, the candidate's output at an example input, compiled for the fast path:
 * checking an enumerated term against a relational constraint such as {@code (>= out 3)} costs a few long
 * operations instead of a tree walk over boxed values.
 */
public final class OutputPredicate {
    private final VectorProgram program;
    private final VectorProgram.Context ctx = new VectorProgram.Context();
    private final long[] out = new long[1];

    private OutputPredicate(VectorProgram program) {
        this.program = program;
        ctx.m = 1;
        ctx.inputs = new long[][] {new long[1]};
    }

    /** The compiled predicate, or null when some value in it does not fit the fast path. */
    public static OutputPredicate compile(Term predicate, Term.Var output, Map<String, FunctionDefinition> defs) {
        VectorProgram p = VectorProgram.compile(predicate, List.of(output), defs);
        return p == null ? null : new OutputPredicate(p);
    }

    /** Whether the predicate holds for this (encoded) output; false where it is undefined. */
    public boolean test(long output) {
        ctx.inputs[0][0] = output;
        return program.evalInto(ctx, out, 0) && out[0] != 0;
    }
}
