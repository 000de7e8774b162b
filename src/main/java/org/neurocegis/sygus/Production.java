package org.neurocegis.sygus;

import org.neurocegis.term.Sort;
import org.neurocegis.term.Term;

/** One right-hand side of a grammar rule. */
public sealed interface Production {
    /** A term whose {@link Term.Hole}s stand for non-terminals. */
    record Rule(Term template) implements Production {
        @Override public String toString() { return template.toString(); }
    }

    /** {@code (Constant S)}: any literal of the sort. */
    record AnyConstant(Sort sort) implements Production {
        @Override public String toString() { return "(Constant " + sort + ")"; }
    }

    /** {@code (Variable S)}: any parameter of the function of the sort. */
    record AnyVariable(Sort sort) implements Production {
        @Override public String toString() { return "(Variable " + sort + ")"; }
    }
}
