package org.neurocegis.term;

import java.util.Set;
import java.util.regex.Pattern;

/** Prints terms in SMT-LIB syntax. Iterative over argument lists, recursive over depth. */
public final class TermPrinter {
    private static final Pattern SIMPLE_SYMBOL = Pattern.compile("[a-zA-Z~!@$%^&*_+=<>.?/\\-][0-9a-zA-Z~!@$%^&*_+=<>.?/\\-']*");

    private TermPrinter() {}

    public static String print(Term t) {
        StringBuilder sb = new StringBuilder();
        print(t, sb);
        return sb.toString();
    }

    /** SMT-LIB's reserved words: never a simple symbol, so a name spelled like one must be quoted. */
    private static final Set<String> RESERVED = Set.of("!", "_", "as", "let", "exists", "forall", "match", "par",
            "BINARY", "DECIMAL", "HEXADECIMAL", "NUMERAL", "STRING");

    /** A symbol as SMT-LIB needs it written: plain when it can be, |quoted| otherwise. */
    public static String symbol(String name) {
        return SIMPLE_SYMBOL.matcher(name).matches() && !RESERVED.contains(name) ? name : "|" + name + "|";
    }

    public static void print(Term t, StringBuilder sb) {
        if (t instanceof Term.Var v) {
            sb.append(symbol(v.name()));
        } else if (t instanceof Term.Hole h) {
            sb.append(symbol(h.nonTerminal()));
        } else if (t instanceof Term.Lit l) {
            sb.append(l.value());
        } else if (t instanceof Term.App a) {
            sb.append('(');
            if (a.indices().isEmpty()) {
                sb.append(a.op().smtName());
            } else {
                sb.append("(_ ").append(a.op().smtName());
                for (int i : a.indices()) sb.append(' ').append(i);
                sb.append(')');
            }
            for (Term arg : a.args()) {
                sb.append(' ');
                print(arg, sb);
            }
            sb.append(')');
        } else if (t instanceof Term.Call c) {
            if (c.args().isEmpty()) {
                sb.append(symbol(c.function()));
                return;
            }
            sb.append('(').append(symbol(c.function()));
            for (Term arg : c.args()) {
                sb.append(' ');
                print(arg, sb);
            }
            sb.append(')');
        } else if (t instanceof Term.Let l) {
            sb.append("(let (");
            for (int i = 0; i < l.bindings().size(); i++) {
                Term.Binding b = l.bindings().get(i);
                if (i > 0) sb.append(' ');
                sb.append('(').append(symbol(b.name())).append(' ');
                print(b.value(), sb);
                sb.append(')');
            }
            sb.append(") ");
            print(l.body(), sb);
            sb.append(')');
        }
    }
}
