package org.neurocegis.invariant;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.neurocegis.sygus.Derivation;
import org.neurocegis.sygus.SynthFun;
import org.neurocegis.term.Evaluator;
import org.neurocegis.term.FunctionDefinition;
import org.neurocegis.term.Op;
import org.neurocegis.term.Sort;
import org.neurocegis.term.Term;
import org.neurocegis.term.Terms;
import org.neurocegis.term.Value;

/**
 * Candidate atoms over the state variables: the problem's own comparisons (from pre, post and trans after inlining;
 * those over next-state variables read as comparisons of the state), Boolean variables and their equalities,
 * intervals and octagon sides with constants from the file, and the equalities of the affine hull of the samples.
 */
final class AtomPool {
    private AtomPool() {}

    /**
     * The pool's atoms that hold on every sample ({@code all}), the problem's own atoms wherever they hold
     * ({@code spec}), every atom of the pool ({@code candidates}, the decision tree's features), and the variables
     * the atoms are built over ({@code vars}: relevant to post, not left free by trans).
     */
    record Pool(List<Term> all, List<Term> spec, List<Term> candidates, List<Term.Var> vars) {}

    /** At most this many Int variables get octagon sides between every pair. */
    private static final int MAX_PAIR_VARS = 40;
    /** At most this many Int variables get octagon sides with the file's constants. */
    private static final int MAX_OCTAGON_VARS = 12;
    /** At most this many constants bound a single variable. */
    private static final int MAX_BOUNDS = 60;

    static Pool of(TransitionSystem system, List<List<Value>> samples) {
        List<Term.Var> state = system.state();
        Map<String, Term> primedToState = new HashMap<>();
        List<Term.Var> primed = new ArrayList<>();
        for (int i = 0; i < state.size(); i++) {
            Term.Var p = new Term.Var("!p" + i, state.get(i).sort());
            primed.add(p);
            primedToState.put(p.name(), state.get(i));
        }
        Set<String> stateNames = new HashSet<>();
        for (Term.Var v : state) stateNames.add(v.name());
        Map<String, FunctionDefinition> defs = system.definitions();
        List<Term> bodies = List.of(inline(system.pre(state), defs), inline(system.post(state), defs),
                inline(system.trans(state, primed), defs));
        // a variable that trans leaves free in the next state holds any value after a step (the SSA temporaries of
        // code2inv loops): an invariant has little to say about it
        Set<String> havocked = havocked(state, primed, bodies.get(2));
        stateNames.removeAll(havocked);
        for (String h : havocked) primedToState.remove(primed.get(indexOf(state, h)).name());
        Set<Term> spec = new LinkedHashSet<>();
        TreeSet<BigInteger> constants = new TreeSet<>();
        constants.add(BigInteger.ZERO);
        for (Term body : bodies) {
            Terms.forEachSubterm(body, t -> {
                if (t instanceof Term.Lit l && l.value() instanceof Value.IntValue iv) constants.add(iv.value());
                if (!isComparison(t)) return;
                Set<String> free = new HashSet<>();
                freeVars(t, free);
                if (free.isEmpty()) return;
                if (stateNames.containsAll(free)) spec.add(t);
                else if (primedToState.keySet().containsAll(free)) spec.add(Terms.substitute(t, primedToState));
            });
        }
        Set<Term> all = new LinkedHashSet<>(spec);
        List<Term.Var> ints = new ArrayList<>();
        List<Term.Var> bools = new ArrayList<>();
        Set<String> relevant = relevant(state, bodies.get(1), bodies.get(2), primedToState);
        for (Term.Var v : state) {
            if (!relevant.contains(v.name()) || havocked.contains(v.name())) continue;
            if (v.sort().equals(Sort.INT)) ints.add(v);
            if (v.sort().equals(Sort.BOOL)) bools.add(v);
        }
        for (Term.Var b : bools) {
            all.add(b);
            all.add(Term.app(Op.NOT, b));
        }
        for (int i = 0; i < bools.size(); i++) {
            for (int j = i + 1; j < bools.size(); j++) {
                all.add(Term.app(Op.EQ, bools.get(i), bools.get(j)));
                all.add(Term.app(Op.DISTINCT, bools.get(i), bools.get(j)));
            }
        }
        // a bound one past a constant of the file is often the inductive one (x <= 11 for a loop while x <= 10)
        TreeSet<BigInteger> bounds = new TreeSet<>(constants);
        for (BigInteger c : constants) {
            if (bounds.size() >= MAX_BOUNDS) break;
            if (c.abs().compareTo(BigInteger.valueOf(10_000)) > 0) continue;
            bounds.add(c.add(BigInteger.ONE));
            bounds.add(c.subtract(BigInteger.ONE));
        }
        for (Term.Var x : ints) {
            for (BigInteger c : bounds) {
                all.add(Term.app(Op.GE, x, Term.lit(Value.of(c))));
                all.add(Term.app(Op.LE, x, Term.lit(Value.of(c))));
            }
        }
        if (ints.size() <= MAX_PAIR_VARS) {
            for (int i = 0; i < ints.size(); i++) {
                for (int j = i + 1; j < ints.size(); j++) {
                    Term.Var x = ints.get(i), y = ints.get(j);
                    all.add(Term.app(Op.LE, x, y));
                    all.add(Term.app(Op.GE, x, y));
                    all.add(Term.app(Op.LE, Term.app(Op.ADD, x, y), Term.lit(Value.of(0))));
                    all.add(Term.app(Op.GE, Term.app(Op.ADD, x, y), Term.lit(Value.of(0))));
                    octagon(all, x, y, state, samples, ints.size() <= MAX_OCTAGON_VARS ? constants : new TreeSet<>());
                }
            }
        }
        all.addAll(AffineHull.equalities(ints, state, samples));
        List<Term.Var> vars = new ArrayList<>(ints);
        vars.addAll(bools);
        // simple atoms first (no constant beyond -1, 0, 1): where the pool is cut, the simple ones stay
        List<Term> ordered = new ArrayList<>(all);
        // a plain lambda, not Comparator.comparingInt's serializable one, which the start-up archive cannot hold
        ordered.sort((a, b) -> Integer.compare(plain(a), plain(b)));
        return new Pool(holdOnAll(ordered, state, samples), new ArrayList<>(spec), ordered, vars);
    }

    /**
     * The state variables that may affect post: those post reads, and those linked to them through trans, where two
     * variables are linked when one atom of trans (a comparison, or a Boolean variable) reads both, now or next.
     * The noise of SSA loops (temporaries no atom ties to the property) falls out.
     */
    private static Set<String> relevant(List<Term.Var> state, Term post, Term trans, Map<String, Term> primedToState) {
        Map<String, String> parent = new HashMap<>();
        for (Term.Var v : state) parent.put(v.name(), v.name());
        Terms.forEachSubterm(trans, t -> {
            if (!(t instanceof Term.App a) || !isComparison(a)) return;
            Set<String> free = new HashSet<>();
            freeVars(t, free);
            String first = null;
            for (String name : free) {
                Term mapped = primedToState.get(name);
                String v = mapped instanceof Term.Var m ? m.name() : name;
                if (!parent.containsKey(v)) continue;
                if (first == null) first = v;
                else parent.put(find(parent, v), find(parent, first));
            }
        });
        // a guard of a step is linked to what the step updates (x < 100 bounds y where y grows only while it holds)
        Terms.forEachSubterm(trans, t -> {
            if (!(t instanceof Term.App a) || a.op() != Op.AND) return;
            Set<String> guards = new HashSet<>(), updated = new HashSet<>();
            for (Term c : a.args()) {
                Set<String> free = new HashSet<>();
                freeVars(c, free);
                boolean current = true;
                for (String name : free) {
                    Term mapped = primedToState.get(name);
                    if (mapped instanceof Term.Var m) updated.add(m.name());
                    if (!parent.containsKey(name)) current = false;
                }
                if (current && isComparison(c)) guards.addAll(free);
            }
            for (String g : guards) for (String v : updated) parent.put(find(parent, v), find(parent, g));
        });
        Set<String> roots = new HashSet<>();
        Set<String> inPost = new HashSet<>();
        freeVars(post, inPost);
        for (String v : inPost) if (parent.containsKey(v)) roots.add(find(parent, v));
        Set<String> out = new HashSet<>();
        for (Term.Var v : state) if (roots.isEmpty() || roots.contains(find(parent, v.name()))) out.add(v.name());
        return out;
    }

    /**
     * The octagon sides x - y and x + y between the extremes the samples reach (the tightest that hold on all of
     * them), and with the file's constants (a sample rarely reaches the bound a loop stops at).
     */
    private static void octagon(Set<Term> out, Term.Var x, Term.Var y, List<Term.Var> state, List<List<Value>> samples,
                                Set<BigInteger> constants) {
        int i = state.indexOf(x), j = state.indexOf(y);
        for (Op op : List.of(Op.SUB, Op.ADD)) {
            Term side = Term.app(op, x, y);
            BigInteger lo = null, hi = null;
            for (List<Value> s : samples) {
                BigInteger v = combine(op, s, i, j);
                if (v == null) continue;
                lo = lo == null || v.compareTo(lo) < 0 ? v : lo;
                hi = hi == null || v.compareTo(hi) > 0 ? v : hi;
            }
            // with 0, the same as x <= y, x >= y and the sum's sides, already in
            if (lo != null && lo.signum() != 0) out.add(Term.app(Op.GE, side, Term.lit(Value.of(lo))));
            if (hi != null && hi.signum() != 0) out.add(Term.app(Op.LE, side, Term.lit(Value.of(hi))));
            for (BigInteger c : constants) {
                if (c.signum() == 0) continue;
                out.add(Term.app(Op.GE, side, Term.lit(Value.of(c))));
                out.add(Term.app(Op.LE, side, Term.lit(Value.of(c))));
            }
        }
    }

    /**
     * Atoms true at {@code in} and false at {@code out}, with constants from the two states: a bound on a variable,
     * a Boolean variable, or a bound on the difference or sum of two of {@code vars}.
     */
    static List<Term> separating(List<Term.Var> state, List<Term.Var> vars, List<Value> in, List<Value> out) {
        List<Term> atoms = new ArrayList<>();
        for (int i = 0; i < state.size(); i++) {
            Term.Var v = state.get(i);
            if (in.get(i).equals(out.get(i))) continue;
            if (in.get(i) instanceof Value.BoolValue b) atoms.add(b.value() ? v : Term.app(Op.NOT, v));
            if (in.get(i) instanceof Value.IntValue a && out.get(i) instanceof Value.IntValue b) {
                atoms.add(Term.app(a.value().compareTo(b.value()) < 0 ? Op.LE : Op.GE, v, Term.lit(a)));
            }
        }
        List<Integer> ints = new ArrayList<>();
        for (Term.Var v : vars) if (v.sort().equals(Sort.INT)) ints.add(state.indexOf(v));
        for (int i = 0; i < ints.size(); i++) {
            for (int j = i + 1; j < ints.size(); j++) {
                Term.Var x = state.get(ints.get(i)), y = state.get(ints.get(j));
                for (Op op : List.of(Op.SUB, Op.ADD)) {
                    BigInteger a = combine(op, in, ints.get(i), ints.get(j)), b = combine(op, out, ints.get(i), ints.get(j));
                    if (a == null || b == null || a.equals(b)) continue;
                    atoms.add(Term.app(a.compareTo(b) < 0 ? Op.LE : Op.GE, Term.app(op, x, y), Term.lit(Value.of(a))));
                }
            }
        }
        return atoms;
    }

    private static BigInteger combine(Op op, List<Value> s, int i, int j) {
        if (!(s.get(i) instanceof Value.IntValue a) || !(s.get(j) instanceof Value.IntValue b)) return null;
        return op == Op.SUB ? a.value().subtract(b.value()) : a.value().add(b.value());
    }

    /** 0 for an atom whose constants are all -1, 0 or 1, else 1. */
    private static int plain(Term atom) {
        boolean[] big = {false};
        Terms.forEachSubterm(atom, t -> {
            if (t instanceof Term.Lit l && l.value() instanceof Value.IntValue v && v.value().abs().compareTo(BigInteger.ONE) > 0) big[0] = true;
        });
        return big[0] ? 1 : 0;
    }

    /** The state variables that trans does not read in the next state. */
    static Set<String> havocked(List<Term.Var> state, List<Term.Var> primed, Term trans) {
        Set<String> inTrans = new HashSet<>();
        freeVars(trans, inTrans);
        Set<String> out = new HashSet<>();
        if (inTrans.contains("!unsupported")) return out;
        for (int i = 0; i < state.size(); i++) if (!inTrans.contains(primed.get(i).name())) out.add(state.get(i).name());
        return out;
    }

    private static int indexOf(List<Term.Var> state, String name) {
        for (int i = 0; i < state.size(); i++) if (state.get(i).name().equals(name)) return i;
        throw new IllegalArgumentException(name);
    }

    private static String find(Map<String, String> parent, String v) {
        while (!parent.get(v).equals(v)) v = parent.get(v);
        return v;
    }

    /** Only the atoms the invariant's grammar derives: the answer must come from it (checked again as a whole). */
    static Pool inGrammar(Pool pool, SynthFun inv) {
        return new Pool(derivable(pool.all(), inv), derivable(pool.spec(), inv), derivable(pool.candidates(), inv), pool.vars());
    }

    static List<Term> derivable(List<Term> atoms, SynthFun inv) {
        List<Term> kept = new ArrayList<>();
        for (Term a : atoms) if (Derivation.derivable(inv, a)) kept.add(a);
        return kept;
    }

    /** The atoms true on every sample (those that can be part of an invariant). */
    static List<Term> holdOnAll(List<Term> atoms, List<Term.Var> state, List<List<Value>> samples) {
        Evaluator eval = new Evaluator();
        List<Map<String, Value>> envs = envs(state, samples);
        List<Term> kept = new ArrayList<>();
        for (Term a : atoms) {
            boolean ok = true;
            for (Map<String, Value> env : envs) {
                if (!holds(eval, a, env)) {
                    ok = false;
                    break;
                }
            }
            if (ok) kept.add(a);
        }
        return kept;
    }

    static boolean holds(Evaluator eval, Term atom, List<Term.Var> state, List<Value> s) {
        return holds(eval, atom, env(state, s));
    }

    /** Whether {@code atom} holds at the state given as an environment (built once per state, see {@link #env}). */
    static boolean holds(Evaluator eval, Term atom, Map<String, Value> env) {
        try {
            return ((Value.BoolValue) eval.eval(atom, env)).value();
        } catch (RuntimeException ex) {
            return false;
        }
    }

    static Map<String, Value> env(List<Term.Var> state, List<Value> s) {
        Map<String, Value> env = new HashMap<>(2 * s.size());
        for (int i = 0; i < s.size(); i++) env.put(state.get(i).name(), s.get(i));
        return env;
    }

    static List<Map<String, Value>> envs(List<Term.Var> state, List<List<Value>> samples) {
        List<Map<String, Value>> envs = new ArrayList<>();
        for (List<Value> s : samples) envs.add(env(state, s));
        return envs;
    }

    private static boolean isComparison(Term t) {
        if (!(t instanceof Term.App a)) return false;
        return switch (a.op()) {
            case LE, LT, GE, GT -> true;
            case EQ, DISTINCT -> !a.args().get(0).sort().equals(Sort.BOOL) || a.args().size() == 2;
            default -> false;
        };
    }

    private static void freeVars(Term t, Set<String> out) {
        Terms.forEachSubterm(t, x -> {
            if (x instanceof Term.Var v) out.add(v.name());
            if (x instanceof Term.Let || x instanceof Term.Call) out.add("!unsupported");
        });
    }

    /** Every call of a defined function replaced by its body on the arguments. */
    static Term inline(Term t, Map<String, FunctionDefinition> defs) {
        return Terms.rewrite(t, x -> {
            if (!(x instanceof Term.Call c)) return null;
            FunctionDefinition d = defs.get(c.function());
            if (d == null) return null;
            Map<String, Term> args = new HashMap<>();
            for (int i = 0; i < c.args().size(); i++) args.put(d.params().get(i).name(), inline(c.args().get(i), defs));
            return inline(Terms.substitute(withoutLets(d.body()), args), defs);
        });
    }

    /** Terms larger than this once their lets are expanded keep their lets (and their atoms inside them are lost). */
    private static final long MAX_EXPANDED = 200_000;

    /** The body with its lets expanded, unless that would make it too large (nested lets can double at each level). */
    private static Term withoutLets(Term body) {
        return expandedSize(body, Map.of()) <= MAX_EXPANDED ? Terms.expandLets(body) : body;
    }

    private static long expandedSize(Term t, Map<String, Long> env) {
        if (t instanceof Term.Var v) return env.getOrDefault(v.name(), 1L);
        if (t instanceof Term.Let l) {
            Map<String, Long> inner = new HashMap<>(env);
            for (Term.Binding b : l.bindings()) inner.put(b.name(), expandedSize(b.value(), env));
            return expandedSize(l.body(), inner);
        }
        long n = 1;
        for (Term c : Terms.children(t)) n = Math.min(Long.MAX_VALUE / 2, n + expandedSize(c, env));
        return n;
    }
}
