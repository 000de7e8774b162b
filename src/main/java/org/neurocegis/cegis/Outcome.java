package org.neurocegis.cegis;

import java.util.List;

import org.neurocegis.term.FunctionDefinition;

/** How a solve ended. */
public sealed interface Outcome {
    /** Every function has a body that Z3 proved correct. */
    record Solved(List<FunctionDefinition> solutions) implements Outcome {}

    /** No term of the grammar can meet the specification. */
    record Infeasible(String why) implements Outcome {}

    /** Neither: time ran out, or the problem is outside what the solver handles. */
    record Unknown(String why) implements Outcome {}
}
