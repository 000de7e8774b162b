package org.neurocegis.sketch;

import java.util.ArrayList;
import java.util.List;

import org.neurocegis.sexpr.ParseException;
import org.neurocegis.sexpr.Position;
import org.neurocegis.sexpr.SExpr;
import org.neurocegis.sexpr.SExprReader;

/**
 * Turns the hole notation into standard SyGuS-IF: a {@code define-fun} whose body holds {@code (?? S)} (a constant),
 * {@code (?? S :one-of (e1 ... en))} (a choice) or {@code (?? S :expr k)} (a term of the default operators up to
 * depth k) becomes a {@code synth-fun} whose start symbol has one production, the body, with a non-terminal
 * {@code ??i} for hole i. A hole bound by {@code let} is one hole, shared by every use of the name.
 */
public final class Desugar {
    private Desugar() {}

    /** A hole of the sketch: its non-terminal, where it was written, and how. */
    public record Hole(String nonTerminal, Position position, String text) {}

    /** The SyGuS-IF text and the holes; {@code holes} is empty (and the text unchanged) without the notation. */
    public record Result(String sygus, List<Hole> holes) {
        public Result {
            holes = List.copyOf(holes);
        }
    }

    private static final List<String> BV_UNARY = List.of("bvnot", "bvneg");
    private static final List<String> BV_BINARY = List.of("bvand", "bvor", "bvxor", "bvadd", "bvsub", "bvmul", "bvshl", "bvlshr", "bvashr");

    public static Result desugar(String text) throws ParseException {
        if (!text.contains("??")) return new Result(text, List.of());
        List<SExpr> commands = SExprReader.readAll(text);
        List<Hole> holes = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        for (SExpr c : commands) {
            if (c instanceof SExpr.SList l && "define-fun".equals(l.head()) && l.size() == 5 && contains(l.get(4))) {
                out.append(synthFun(l, holes)).append('\n');
            } else {
                if (contains(c)) throw new ParseException(c.pos(), "a hole (??) may only appear in the body of a define-fun");
                out.append(c).append('\n');
            }
        }
        return holes.isEmpty() ? new Result(text, List.of()) : new Result(out.toString(), holes);
    }

    private static boolean contains(SExpr e) {
        if (e instanceof SExpr.Symbol s) return s.name().equals("??");
        if (e instanceof SExpr.SList l) for (SExpr x : l.items()) if (contains(x)) return true;
        return false;
    }

    private static String synthFun(SExpr.SList def, List<Hole> holes) throws ParseException {
        if (!(def.get(2) instanceof SExpr.SList params)) throw new ParseException(def.get(2).pos(), "expected a parameter list");
        List<String[]> rules = new ArrayList<>();
        String body = replace(def.get(4), params, holes, rules);
        StringBuilder sb = new StringBuilder("(synth-fun ").append(def.get(1)).append(' ').append(params).append(' ')
                .append(def.get(3)).append("\n  ((Start ").append(def.get(3)).append(')');
        for (String[] r : rules) sb.append(" (").append(r[0]).append(' ').append(r[1]).append(')');
        sb.append(")\n  ((Start ").append(def.get(3)).append(" (").append(body).append("))");
        for (String[] r : rules) sb.append("\n   (").append(r[0]).append(' ').append(r[1]).append(" (").append(r[2]).append("))");
        return sb.append("))").toString();
    }

    /** The body with each hole replaced by its non-terminal; each hole's rules are added to {@code rules}. */
    private static String replace(SExpr e, SExpr.SList params, List<Hole> holes, List<String[]> rules) throws ParseException {
        if (e instanceof SExpr.SList l && "??".equals(l.head())) return hole(l, params, holes, rules);
        if (e instanceof SExpr.SList l) {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) sb.append(' ');
                sb.append(replace(l.get(i), params, holes, rules));
            }
            return sb.append(')').toString();
        }
        if (e instanceof SExpr.Symbol s && s.name().equals("??")) {
            throw new ParseException(e.pos(), "a hole is written (?? <sort>), (?? <sort> :one-of (<term>+)) or (?? <sort> :expr <depth>)");
        }
        return e.toString();
    }

    private static String hole(SExpr.SList l, SExpr.SList params, List<Hole> holes, List<String[]> rules) throws ParseException {
        String name = "??" + (holes.size() + 1);
        holes.add(new Hole(name, l.pos(), l.toString()));
        if (l.size() < 2) throw new ParseException(l.pos(), "a hole needs a sort: (?? <sort>)");
        String sort = l.get(1).toString();
        if (l.size() == 2) {
            rules.add(new String[] {name, sort, "(Constant " + sort + ")"});
            return name;
        }
        if (l.size() == 4 && l.get(2) instanceof SExpr.Keyword k && k.name().equals(":one-of")
                && l.get(3) instanceof SExpr.SList choices && choices.size() > 0) {
            StringBuilder sb = new StringBuilder();
            for (SExpr c : choices.items()) {
                if (contains(c)) throw new ParseException(c.pos(), "the choices of a hole cannot hold holes");
                if (sb.length() > 0) sb.append(' ');
                sb.append(c);
            }
            rules.add(new String[] {name, sort, sb.toString()});
            return name;
        }
        if (l.size() == 4 && l.get(2) instanceof SExpr.Keyword k && k.name().equals(":expr")
                && l.get(3) instanceof SExpr.Numeral n && n.value().intValue() >= 0 && n.value().intValue() <= 4) {
            int depth = n.value().intValue();
            if (!sort.startsWith("(_ BitVec")) {
                throw new ParseException(l.get(1).pos(), "unsupported feature: (?? S :expr k) is for bit-vector sorts");
            }
            // level 0: the parameters of the sort and any constant; level d: level d - 1 or an operator over it
            List<String> vars = new ArrayList<>();
            for (SExpr p : params.items()) {
                if (p instanceof SExpr.SList pl && pl.size() == 2 && pl.get(1).toString().equals(sort)) vars.add(pl.get(0).toString());
            }
            for (int d = 0; d <= depth; d++) {
                String nt = d == depth ? name : name + "." + d;
                String below = name + "." + (d - 1);
                StringBuilder sb = new StringBuilder();
                if (d == 0) {
                    for (String v : vars) sb.append(v).append(' ');
                    sb.append("(Constant ").append(sort).append(')');
                } else {
                    sb.append(below);
                    for (String op : BV_UNARY) sb.append(" (").append(op).append(' ').append(below).append(')');
                    for (String op : BV_BINARY) sb.append(" (").append(op).append(' ').append(below).append(' ').append(below).append(')');
                }
                rules.add(d == depth ? rules.size() : rules.size(), new String[] {nt, sort, sb.toString()});
            }
            return name;
        }
        throw new ParseException(l.pos(), "a hole is written (?? <sort>), (?? <sort> :one-of (<term>+)) or (?? <sort> :expr <depth>), with a depth up to 4");
    }
}
