package org.neurocegis.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.neurocegis.sygus.Grammar;
import org.neurocegis.sygus.NonTerminal;
import org.neurocegis.sygus.Production;
import org.neurocegis.sygus.SynthFun;
import org.neurocegis.term.Op;
import org.neurocegis.term.Sort;
import org.neurocegis.term.Term;
import org.neurocegis.term.Value;

/**
 * The grammar used when a synth-fun gives none: the operators of the theory over the function's parameters, small
 * constants and {@code (Constant S)}, one non-terminal per sort (the return sort's first), and Bool conditions.
 */
public final class DefaultGrammar {
    private DefaultGrammar() {}

    public static Grammar of(SynthFun f) {
        Set<Sort> sorts = new LinkedHashSet<>();
        sorts.add(f.returnSort());
        for (Term.Var p : f.params()) sorts.add(p.sort());
        sorts.add(Sort.BOOL);
        List<NonTerminal> nts = new ArrayList<>();
        for (Sort s : sorts) nts.add(new NonTerminal(name(s, f.returnSort()), s, productions(s, sorts, f)));
        return new Grammar(nts);
    }

    private static String name(Sort s, Sort start) {
        if (s.equals(start)) return "Start";
        if (s instanceof Sort.BitVecSort bv) return "BV" + bv.width();
        return s.equals(Sort.INT) ? "IntExpr" : "BoolExpr";
    }

    private static List<Production> productions(Sort s, Set<Sort> sorts, SynthFun f) {
        Sort start = f.returnSort();
        List<Production> ps = new ArrayList<>();
        for (Term.Var p : f.params()) if (p.sort().equals(s)) ps.add(new Production.Rule(p));
        Term.Hole x = new Term.Hole(name(s, start), s);
        Term.Hole cond = new Term.Hole(name(Sort.BOOL, start), Sort.BOOL);
        if (s instanceof Sort.BitVecSort bv) {
            int w = bv.width();
            ps.add(new Production.Rule(Term.lit(Value.BitVecValue.of(w, 0))));
            ps.add(new Production.Rule(Term.lit(Value.BitVecValue.of(w, 1))));
            ps.add(new Production.Rule(Term.lit(Value.BitVecValue.of(w, -1))));
            ps.add(new Production.AnyConstant(s));
            for (Op op : List.of(Op.BVNOT, Op.BVNEG)) ps.add(new Production.Rule(Term.app(op, x)));
            for (Op op : List.of(Op.BVAND, Op.BVOR, Op.BVXOR, Op.BVADD, Op.BVSUB, Op.BVSHL, Op.BVLSHR, Op.BVASHR,
                    Op.BVMUL, Op.BVUDIV, Op.BVUREM)) {
                ps.add(new Production.Rule(Term.app(op, x, x)));
            }
            ps.add(new Production.Rule(Term.app(Op.ITE, cond, x, x)));
        } else if (s.equals(Sort.INT)) {
            ps.add(new Production.Rule(Term.integer(0)));
            ps.add(new Production.Rule(Term.integer(1)));
            ps.add(new Production.AnyConstant(s));
            ps.add(new Production.Rule(Term.app(Op.ADD, x, x)));
            ps.add(new Production.Rule(Term.app(Op.SUB, x, x)));
            ps.add(new Production.Rule(Term.app(Op.ITE, cond, x, x)));
        } else {
            ps.add(new Production.Rule(Term.bool(true)));
            ps.add(new Production.Rule(Term.bool(false)));
            ps.add(new Production.Rule(Term.app(Op.NOT, x)));
            ps.add(new Production.Rule(Term.app(Op.AND, x, x)));
            ps.add(new Production.Rule(Term.app(Op.OR, x, x)));
            for (Sort other : sorts) {
                if (other.equals(Sort.BOOL)) continue;
                Term.Hole y = new Term.Hole(name(other, start), other);
                ps.add(new Production.Rule(Term.app(Op.EQ, y, y)));
                if (other.equals(Sort.INT)) {
                    ps.add(new Production.Rule(Term.app(Op.LE, y, y)));
                    ps.add(new Production.Rule(Term.app(Op.LT, y, y)));
                } else {
                    for (Op op : List.of(Op.BVULT, Op.BVULE, Op.BVSLT, Op.BVSLE)) ps.add(new Production.Rule(Term.app(op, y, y)));
                }
            }
        }
        return ps;
    }
}
