package org.neurocegis.term;

import java.util.List;

/** A function with a body: a {@code define-fun}, or a synthesised solution. */
public record FunctionDefinition(String name, List<Term.Var> params, Sort returnSort, Term body) {
    public FunctionDefinition {
        params = List.copyOf(params);
        if (!body.sort().equals(returnSort)) {
            throw new SortException("the body of " + name + " has sort " + body.sort() + ", but " + returnSort + " was declared");
        }
    }

    /** SMT-LIB {@code (define-fun ...)} text, the form SyGuS-IF 2.1 prints solutions in. */
    public String toDefineFun() {
        StringBuilder sb = new StringBuilder("(define-fun ").append(TermPrinter.symbol(name)).append(" (");
        for (int i = 0; i < params.size(); i++) {
            if (i > 0) sb.append(' ');
            sb.append('(').append(TermPrinter.symbol(params.get(i).name())).append(' ').append(params.get(i).sort()).append(')');
        }
        return sb.append(") ").append(returnSort).append(' ').append(body).append(')').toString();
    }
}
