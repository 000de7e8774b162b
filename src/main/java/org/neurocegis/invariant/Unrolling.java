package org.neurocegis.invariant;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import com.microsoft.z3.Model;

import org.neurocegis.term.Term;
import org.neurocegis.term.Value;
import org.neurocegis.verify.Z3Translator;

/**
 * The transition system in Z3: states as named copies of the invariant's parameters, and pre, trans and post
 * instantiated on them, each use with its own copy of the declared inputs (a definition reads a declared variable
 * as a global constant of that name, which is then substituted by the copy).
 */
@SuppressWarnings({"unchecked", "rawtypes", "try"}) // Z3's generic API (varargs of Expr<BoolSort>); a resource held only to be closed
final class Unrolling {
    private final TransitionSystem system;
    private final Context ctx;
    private final Z3Translator translator;
    private final Expr<?>[] globalInputs;

    Unrolling(TransitionSystem system, Context ctx) {
        this.system = system;
        this.ctx = ctx;
        this.translator = new Z3Translator(ctx, system.definitions());
        this.globalInputs = new Expr<?>[system.inputs().size()];
        for (int i = 0; i < globalInputs.length; i++) globalInputs[i] = translator.variable(system.inputs().get(i));
    }

    Context context() {
        return ctx;
    }

    TransitionSystem system() {
        return system;
    }

    /** The state constants named by {@code tag} (one per parameter of the invariant). */
    Expr<?>[] state(String tag) {
        List<Term.Var> vars = system.state();
        Expr<?>[] s = new Expr<?>[vars.size()];
        for (int i = 0; i < s.length; i++) s[i] = ctx.mkConst("!" + tag + "!" + vars.get(i).name(), translator.sort(vars.get(i).sort()));
        return s;
    }

    /** The copy of the declared inputs named by {@code tag}. */
    Expr<?>[] inputs(String tag) {
        List<Term.Var> vars = system.inputs();
        Expr<?>[] in = new Expr<?>[vars.size()];
        for (int i = 0; i < in.length; i++) in[i] = ctx.mkConst("!" + tag + "!" + vars.get(i).name(), translator.sort(vars.get(i).sort()));
        return in;
    }

    BoolExpr pre(Expr<?>[] s, Expr<?>[] in) {
        return instantiate(system.pre(placeholders("s", s.length)), bind(s, null), in);
    }

    BoolExpr trans(Expr<?>[] s, Expr<?>[] next, Expr<?>[] in) {
        return instantiate(system.trans(placeholders("s", s.length), placeholders("n", next.length)), bind(s, next), in);
    }

    BoolExpr post(Expr<?>[] s, Expr<?>[] in) {
        return instantiate(system.post(placeholders("s", s.length)), bind(s, null), in);
    }

    Expr<?> value(Value v) {
        return translator.value(v);
    }

    /** A term over the state variables (by name), at the state {@code s}. */
    BoolExpr atState(Term t, Expr<?>[] s) {
        Map<String, Expr> env = new HashMap<>();
        for (int i = 0; i < s.length; i++) env.put(system.state().get(i).name(), s[i]);
        return (BoolExpr) translator.translate(t, env);
    }

    /** The values of {@code exprs} in {@code model} (completed: a constant the model leaves free gets some value). */
    List<Value> values(Model model, Expr<?>[] exprs, List<Term.Var> vars) {
        List<Value> values = new ArrayList<>();
        for (int i = 0; i < exprs.length; i++) {
            Expr<?> e = model.eval(exprs[i], true);
            // an evaluation cut short (Z3 interrupted at the deadline) gives back a term, not a value: no trace then
            if (!(e.isTrue() || e.isFalse() || e.isNumeral())) {
                throw new com.microsoft.z3.Z3Exception("no value in the model for " + exprs[i]);
            }
            values.add(Z3Translator.valueOf(e, vars.get(i).sort()));
        }
        return values;
    }

    Map<String, Value> inputValues(Model model, Expr<?>[] in) {
        List<Value> values = values(model, in, system.inputs());
        Map<String, Value> map = new HashMap<>();
        for (int i = 0; i < in.length; i++) map.put(system.inputs().get(i).name(), values.get(i));
        return map;
    }

    private List<Term.Var> placeholders(String prefix, int n) {
        List<Term.Var> vars = new ArrayList<>();
        for (int i = 0; i < n; i++) vars.add(new Term.Var("!" + prefix + i, system.state().get(i).sort()));
        return vars;
    }

    private static Map<String, Expr> bind(Expr<?>[] s, Expr<?>[] next) {
        Map<String, Expr> env = new HashMap<>();
        for (int i = 0; i < s.length; i++) env.put("!s" + i, s[i]);
        if (next != null) for (int i = 0; i < next.length; i++) env.put("!n" + i, next[i]);
        return env;
    }

    private BoolExpr instantiate(Term t, Map<String, Expr> env, Expr<?>[] in) {
        BoolExpr e = (BoolExpr) translator.translate(t, env);
        return in.length == 0 ? e : (BoolExpr) e.substitute((Expr[]) globalInputs, (Expr[]) in);
    }
}
