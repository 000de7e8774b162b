package org.neurocegis.term;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates terms on concrete values. Calls go to the function definitions it is given (define-funs and, during
 * synthesis, candidate bodies of the functions being synthesised).
 */
public final class Evaluator {
    /** A function known only by its values, e.g. a candidate given as a value vector. */
    public interface Oracle {
        Value apply(List<Value> args);
    }

    private final Map<String, FunctionDefinition> functions;
    private final Map<String, Oracle> oracles;

    public Evaluator(Map<String, FunctionDefinition> functions) {
        this(functions, Map.of());
    }

    public Evaluator(Map<String, FunctionDefinition> functions, Map<String, Oracle> oracles) {
        this.functions = Map.copyOf(functions);
        this.oracles = Map.copyOf(oracles);
    }

    public Evaluator() {
        this(Map.of());
    }

    /** An evaluator that also knows {@code more}, which shadow same-named functions of this one. */
    public Evaluator with(Map<String, FunctionDefinition> more) {
        Map<String, FunctionDefinition> all = new HashMap<>(functions);
        all.putAll(more);
        return new Evaluator(all, oracles);
    }

    /**
     * Evaluates {@code term}; {@code env} binds its free variables. A defined function's body sees its parameters
     * and, like in SMT-LIB files that use it (e.g. the INV track's Lustre models), the declared variables, which keep
     * their values from the top-level environment.
     */
    public Value eval(Term term, Map<String, Value> env) {
        return eval(term, env, env);
    }

    private Value eval(Term term, Map<String, Value> env, Map<String, Value> globals) {
        if (term instanceof Term.Lit l) return l.value();
        if (term instanceof Term.Var v) {
            Value value = env.get(v.name());
            if (value == null) throw new IllegalArgumentException("no value for variable " + v.name());
            return value;
        }
        if (term instanceof Term.App a) {
            if (a.op() == Op.ITE) {
                boolean c = ((Value.BoolValue) eval(a.args().get(0), env, globals)).value();
                return eval(a.args().get(c ? 1 : 2), env, globals);
            }
            List<Value> args = new ArrayList<>(a.args().size());
            for (Term t : a.args()) args.add(eval(t, env, globals));
            return Semantics.apply(a.op(), a.indices(), args);
        }
        if (term instanceof Term.Call c) {
            Oracle oracle = oracles.get(c.function());
            if (oracle != null) {
                List<Value> args = new ArrayList<>(c.args().size());
                for (Term t : c.args()) args.add(eval(t, env, globals));
                return oracle.apply(args);
            }
            FunctionDefinition f = functions.get(c.function());
            if (f == null) throw new IllegalArgumentException("no definition for function " + c.function());
            Map<String, Value> inner = new HashMap<>(globals);
            for (int i = 0; i < c.args().size(); i++) inner.put(f.params().get(i).name(), eval(c.args().get(i), env, globals));
            return eval(f.body(), inner, globals);
        }
        if (term instanceof Term.Let l) {
            Map<String, Value> inner = new HashMap<>(env);
            for (Term.Binding b : l.bindings()) inner.put(b.name(), eval(b.value(), env, globals));
            return eval(l.body(), inner, globals);
        }
        throw new IllegalArgumentException("cannot evaluate a hole: " + term);
    }
}
