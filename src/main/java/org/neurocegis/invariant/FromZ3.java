package org.neurocegis.invariant;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.z3.BitVecNum;
import com.microsoft.z3.Expr;
import com.microsoft.z3.FuncDecl;
import com.microsoft.z3.IntNum;

import org.neurocegis.term.Op;
import org.neurocegis.term.Term;
import org.neurocegis.term.Value;

/**
 * Reads a quantifier-free Z3 expression back as our term: its constants must be among {@code vars}, its operators
 * among ours (by their SMT-LIB names); anything else is refused, and the lane that produced it gives up.
 */
final class FromZ3 {
    /** An expression that has no counterpart in our terms. */
    static final class Untranslatable extends Exception {
        Untranslatable(String message) {
            super(message);
        }
    }

    private final Map<Expr<?>, Term.Var> vars;
    private final Map<Expr<?>, Term> memo = new HashMap<>();

    FromZ3(Map<Expr<?>, Term.Var> vars) {
        this.vars = Map.copyOf(vars);
    }

    Term term(Expr<?> e) throws Untranslatable {
        Term done = memo.get(e);
        if (done != null) return done;
        Term t = convert(e);
        memo.put(e, t);
        return t;
    }

    private Term convert(Expr<?> e) throws Untranslatable {
        if (e.isTrue()) return Term.bool(true);
        if (e.isFalse()) return Term.bool(false);
        // numerals are not applications in Z3's Java API (isBVNumeral() is false for them): go by the class
        if (e instanceof IntNum i) return Term.lit(Value.of(i.getBigInteger()));
        if (e instanceof BitVecNum b) return Term.lit(Value.BitVecValue.of(b.getSortSize(), b.getBigInteger()));
        if (!e.isApp()) throw new Untranslatable("not an application: " + e);
        Term.Var v = vars.get(e);
        if (v != null) return v;
        if (e.isConst()) throw new Untranslatable("unknown constant " + e);
        FuncDecl<?> decl = e.getFuncDecl();
        String name = decl.getName().toString();
        // Z3's own names where they differ from SMT-LIB's
        name = switch (name) {
            case "iff" -> "=";
            case "if" -> "ite";
            case "implies" -> "=>";
            default -> name;
        };
        Op op = Op.byName(name);
        if (op == null) throw new Untranslatable("unknown operator " + name);
        List<Integer> indices = new ArrayList<>();
        for (FuncDecl.Parameter p : decl.getParameters()) {
            if (p.getParameterKind() != com.microsoft.z3.enumerations.Z3_parameter_kind.Z3_PARAMETER_INT) {
                throw new Untranslatable("a non-numeric index of " + name);
            }
            indices.add(p.getInt());
        }
        if (indices.size() != op.indexCount()) throw new Untranslatable("indices of " + name);
        List<Term> args = new ArrayList<>();
        for (Expr<?> a : e.getArgs()) args.add(term(a));
        try {
            return Term.app(op, indices, args);
        } catch (IllegalArgumentException ex) {
            throw new Untranslatable("ill-sorted " + name + ": " + ex.getMessage());
        }
    }
}
