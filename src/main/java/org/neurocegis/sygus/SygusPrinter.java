package org.neurocegis.sygus;

import java.util.List;

import org.neurocegis.term.FunctionDefinition;
import org.neurocegis.term.Term;
import org.neurocegis.term.TermPrinter;

/** Writes problems and solutions in SyGuS-IF 2.1 syntax. */
public final class SygusPrinter {
    private SygusPrinter() {}

    /** The problem as a SyGuS-IF 2.1 file; parsing the text gives back an equal {@link Problem}. */
    public static String print(Problem p) {
        StringBuilder sb = new StringBuilder();
        if (p.logic() != null) sb.append("(set-logic ").append(p.logic()).append(")\n");
        for (String s : p.settings()) sb.append(s).append('\n');
        for (Term.Var v : p.variables()) {
            sb.append("(declare-var ").append(TermPrinter.symbol(v.name())).append(' ').append(v.sort()).append(")\n");
        }
        for (FunctionDefinition d : p.definitions()) sb.append(d.toDefineFun()).append('\n');
        for (SynthFun f : p.synthFuns()) sb.append(synthFun(f)).append('\n');
        for (Term c : p.constraints()) sb.append("(constraint ").append(c).append(")\n");
        for (Term a : p.assumes()) sb.append("(assume ").append(a).append(")\n");
        for (InvConstraint ic : p.invConstraints()) {
            sb.append("(inv-constraint ").append(TermPrinter.symbol(ic.inv())).append(' ')
                    .append(TermPrinter.symbol(ic.pre())).append(' ').append(TermPrinter.symbol(ic.trans())).append(' ')
                    .append(TermPrinter.symbol(ic.post())).append(")\n");
        }
        sb.append("(check-synth)\n");
        return sb.toString();
    }

    public static String synthFun(SynthFun f) {
        StringBuilder sb = new StringBuilder(f.invariant() ? "(synth-inv " : "(synth-fun ");
        sb.append(TermPrinter.symbol(f.name())).append(' ').append(params(f.params()));
        if (!f.invariant()) sb.append(' ').append(f.returnSort());
        f.grammar().ifPresent(g -> sb.append(' ').append(grammar(g)));
        return sb.append(')').toString();
    }

    /** A grammar in v2.1 form: the non-terminal declarations, then the grouped rules. */
    public static String grammar(Grammar g) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < g.nonTerminals().size(); i++) {
            NonTerminal nt = g.nonTerminals().get(i);
            if (i > 0) sb.append(' ');
            sb.append('(').append(TermPrinter.symbol(nt.name())).append(' ').append(nt.sort()).append(')');
        }
        sb.append(") (");
        for (int i = 0; i < g.nonTerminals().size(); i++) {
            NonTerminal nt = g.nonTerminals().get(i);
            if (i > 0) sb.append(' ');
            sb.append('(').append(TermPrinter.symbol(nt.name())).append(' ').append(nt.sort()).append(" (");
            for (int j = 0; j < nt.productions().size(); j++) {
                if (j > 0) sb.append(' ');
                sb.append(nt.productions().get(j));
            }
            sb.append("))");
        }
        return sb.append(')').toString();
    }

    private static String params(List<Term.Var> params) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < params.size(); i++) {
            if (i > 0) sb.append(' ');
            sb.append('(').append(TermPrinter.symbol(params.get(i).name())).append(' ').append(params.get(i).sort()).append(')');
        }
        return sb.append(')').toString();
    }

    /**
     * A check-synth answer in the SyGuS-IF 2.1 output format, as cvc5 prints it: the solutions as define-funs
     * inside one pair of parentheses.
     */
    public static String solution(List<FunctionDefinition> solutions) {
        StringBuilder sb = new StringBuilder("(\n");
        for (FunctionDefinition d : solutions) sb.append(d.toDefineFun()).append('\n');
        return sb.append(")").toString();
    }
}
