package org.neurocegis.term;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Traversals and rewrites of terms that several stages need. */
public final class Terms {
    private Terms() {}

    /** Whether the term calls one of the named functions (not looking into the bodies of other functions). */
    public static boolean callsAny(Term t, Set<String> names) {
        if (t instanceof Term.Call c) {
            if (names.contains(c.function())) return true;
            for (Term a : c.args()) if (callsAny(a, names)) return true;
        } else if (t instanceof Term.App a) {
            for (Term x : a.args()) if (callsAny(x, names)) return true;
        } else if (t instanceof Term.Let l) {
            for (Term.Binding b : l.bindings()) if (callsAny(b.value(), names)) return true;
            return callsAny(l.body(), names);
        }
        return false;
    }

    /** The named functions and every defined function whose body calls one of them, directly or through others. */
    public static Set<String> dependents(Map<String, FunctionDefinition> definitions, Set<String> names) {
        Set<String> result = new HashSet<>(names);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (FunctionDefinition d : definitions.values()) {
                if (!result.contains(d.name()) && callsAny(d.body(), result)) {
                    result.add(d.name());
                    changed = true;
                }
            }
        }
        return result;
    }

    /** Whether the variable occurs in the term (free or not). */
    public static boolean mentionsVar(Term t, String name) {
        if (t instanceof Term.Var v) return v.name().equals(name);
        if (t instanceof Term.App a) {
            for (Term x : a.args()) if (mentionsVar(x, name)) return true;
        } else if (t instanceof Term.Call c) {
            for (Term x : c.args()) if (mentionsVar(x, name)) return true;
        } else if (t instanceof Term.Let l) {
            for (Term.Binding b : l.bindings()) if (mentionsVar(b.value(), name)) return true;
            return mentionsVar(l.body(), name);
        }
        return false;
    }

    /**
     * Rewrites top-down: where {@code rewrite} returns a term, that term replaces the node (and is not visited
     * further); where it returns null, the node is rebuilt from its rewritten children.
     */
    public static Term rewrite(Term t, UnaryOperator<Term> rewrite) {
        Term replaced = rewrite.apply(t);
        if (replaced != null) return replaced;
        if (t instanceof Term.App a) {
            List<Term> args = new ArrayList<>(a.args().size());
            for (Term x : a.args()) args.add(rewrite(x, rewrite));
            return new Term.App(a.op(), a.indices(), args, a.sort());
        }
        if (t instanceof Term.Call c) {
            List<Term> args = new ArrayList<>(c.args().size());
            for (Term x : c.args()) args.add(rewrite(x, rewrite));
            return new Term.Call(c.function(), args, c.sort());
        }
        if (t instanceof Term.Let l) {
            List<Term.Binding> bs = new ArrayList<>();
            for (Term.Binding b : l.bindings()) bs.add(new Term.Binding(b.name(), rewrite(b.value(), rewrite)));
            return new Term.Let(bs, rewrite(l.body(), rewrite));
        }
        return t;
    }

    /** Every call of {@code function} replaced by {@code replacement}. */
    public static Term replaceCalls(Term t, String function, Term replacement) {
        return rewrite(t, x -> x instanceof Term.Call c && c.function().equals(function) ? replacement : null);
    }

    /** Free variables replaced by the given terms; a let-bound name shadows a replacement in its body. */
    public static Term substitute(Term t, Map<String, Term> map) {
        if (t instanceof Term.Var v) return map.getOrDefault(v.name(), v);
        if (t instanceof Term.Let l) {
            Map<String, Term> inner = new HashMap<>(map);
            List<Term.Binding> bs = new ArrayList<>();
            for (Term.Binding b : l.bindings()) {
                bs.add(new Term.Binding(b.name(), substitute(b.value(), map)));
                inner.remove(b.name());
            }
            return new Term.Let(bs, substitute(l.body(), inner));
        }
        if (t instanceof Term.App || t instanceof Term.Call) {
            return rewrite(t, x -> x == t ? null : substitute(x, map));
        }
        return t;
    }

    /**
     * Free variables renamed, all at once ({@code (x, y)} to {@code (y, x)} swaps them): each free variable named by
     * a key of {@code renaming} becomes the variable it maps to, which must have the same sort. Nothing is captured:
     * a let-bound name shadows a key in its body, and a let that binds one of the new names is given a fresh name
     * (one that no variable, let or called function of the term uses).
     */
    public static Term renameFree(Term t, Map<String, Term.Var> renaming) {
        if (renaming.isEmpty()) return t;
        Set<String> used = new HashSet<>();
        names(t, used);
        for (Map.Entry<String, Term.Var> e : renaming.entrySet()) {
            used.add(e.getKey());
            used.add(e.getValue().name());
        }
        return renameFree(t, renaming, used);
    }

    private static Term renameFree(Term t, Map<String, Term.Var> map, Set<String> used) {
        if (t instanceof Term.Var v) {
            Term.Var to = map.get(v.name());
            if (to == null) return v;
            if (!to.sort().equals(v.sort())) {
                throw new SortException("cannot rename " + v.name() + " of sort " + v.sort() + " to " + to.name()
                        + " of sort " + to.sort());
            }
            return to;
        }
        if (t instanceof Term.Let l) {
            Set<String> targets = new HashSet<>();
            for (Term.Var to : map.values()) targets.add(to.name());
            Map<String, Term.Var> inner = new HashMap<>(map);
            List<Term.Binding> bs = new ArrayList<>();
            for (Term.Binding b : l.bindings()) {
                Term value = renameFree(b.value(), map, used);
                inner.remove(b.name());
                String name = b.name();
                if (targets.contains(name)) {
                    name = fresh(name, used);
                    inner.put(b.name(), new Term.Var(name, value.sort()));
                }
                bs.add(new Term.Binding(name, value));
            }
            return new Term.Let(bs, renameFree(l.body(), inner, used));
        }
        if (t instanceof Term.App || t instanceof Term.Call) {
            return rewrite(t, x -> x == t ? null : renameFree(x, map, used));
        }
        return t;
    }

    private static String fresh(String base, Set<String> used) {
        for (int i = 1; ; i++) {
            String name = base + "_" + i;
            if (used.add(name)) return name;
        }
    }

    /** Every name the term uses: variables, let-bound names and called functions. */
    private static void names(Term t, Set<String> into) {
        if (t instanceof Term.Var v) {
            into.add(v.name());
        } else if (t instanceof Term.App a) {
            for (Term x : a.args()) names(x, into);
        } else if (t instanceof Term.Call c) {
            into.add(c.function());
            for (Term x : c.args()) names(x, into);
        } else if (t instanceof Term.Let l) {
            for (Term.Binding b : l.bindings()) {
                into.add(b.name());
                names(b.value(), into);
            }
            names(l.body(), into);
        }
    }

    /** The term with every let replaced by substitution of its bindings. */
    public static Term expandLets(Term t) {
        return expandLets(t, Map.of());
    }

    private static Term expandLets(Term t, Map<String, Term> env) {
        if (t instanceof Term.Var v) return env.getOrDefault(v.name(), v);
        if (t instanceof Term.Let l) {
            Map<String, Term> inner = new HashMap<>(env);
            for (Term.Binding b : l.bindings()) inner.put(b.name(), expandLets(b.value(), env));
            return expandLets(l.body(), inner);
        }
        if (t instanceof Term.App || t instanceof Term.Call) {
            return rewrite(t, x -> x == t ? null : expandLets(x, env));
        }
        return t;
    }

    /** The holes of a grammar template, in order of appearance: the order in which {@link #fillHoles} fills them. */
    public static List<Term.Hole> holes(Term template) {
        List<Term.Hole> out = new ArrayList<>();
        forEachSubterm(template, t -> {
            if (t instanceof Term.Hole h) out.add(h);
        });
        return out;
    }

    /**
     * Visits a term and every sub-term, parents before children and children in order (a let's bindings before its
     * body): the one walk behind the collectors of holes, literals, operators and called functions.
     */
    public static void forEachSubterm(Term t, java.util.function.Consumer<Term> visit) {
        visit.accept(t);
        if (t instanceof Term.App a) {
            for (Term x : a.args()) forEachSubterm(x, visit);
        } else if (t instanceof Term.Call c) {
            for (Term x : c.args()) forEachSubterm(x, visit);
        } else if (t instanceof Term.Let l) {
            for (Term.Binding b : l.bindings()) forEachSubterm(b.value(), visit);
            forEachSubterm(l.body(), visit);
        }
    }

    /** The template with its holes, in order of appearance, replaced by {@code fillers}. */
    public static Term fillHoles(Term template, Term[] fillers) {
        return fill(template, fillers, new int[] {0});
    }

    private static Term fill(Term t, Term[] fillers, int[] next) {
        if (t instanceof Term.Hole) return fillers[next[0]++];
        if (t instanceof Term.App a) {
            List<Term> args = new ArrayList<>(a.args().size());
            for (Term x : a.args()) args.add(fill(x, fillers, next));
            return new Term.App(a.op(), a.indices(), args, a.sort());
        }
        if (t instanceof Term.Call c) {
            List<Term> args = new ArrayList<>(c.args().size());
            for (Term x : c.args()) args.add(fill(x, fillers, next));
            return new Term.Call(c.function(), args, c.sort());
        }
        if (t instanceof Term.Let l) {
            List<Term.Binding> bs = new ArrayList<>();
            for (Term.Binding b : l.bindings()) bs.add(new Term.Binding(b.name(), fill(b.value(), fillers, next)));
            return new Term.Let(bs, fill(l.body(), fillers, next));
        }
        return t;
    }
    /** The direct sub-terms in the order {@link #forEachSubterm} visits them: arguments, or a let's bound values then its body. */
    public static List<Term> children(Term t) {
        if (t instanceof Term.App a) return a.args();
        if (t instanceof Term.Call c) return c.args();
        if (t instanceof Term.Let l) {
            List<Term> out = new ArrayList<>();
            for (Term.Binding b : l.bindings()) out.add(b.value());
            out.add(l.body());
            return out;
        }
        return List.of();
    }

    /** The sub-term reached by following {@code path}, a list of child indices (see {@link #children}). */
    public static Term at(Term t, List<Integer> path) {
        Term here = t;
        for (int i : path) here = children(here).get(i);
        return here;
    }

    /** {@code t} with the sub-term at {@code path} replaced by {@code replacement} (of the same sort). */
    public static Term replaceAt(Term t, List<Integer> path, Term replacement) {
        if (path.isEmpty()) return replacement;
        int i = path.get(0);
        List<Integer> rest = path.subList(1, path.size());
        if (t instanceof Term.App a) {
            List<Term> args = new ArrayList<>(a.args());
            args.set(i, replaceAt(args.get(i), rest, replacement));
            return new Term.App(a.op(), a.indices(), args, a.sort());
        }
        if (t instanceof Term.Call c) {
            List<Term> args = new ArrayList<>(c.args());
            args.set(i, replaceAt(args.get(i), rest, replacement));
            return new Term.Call(c.function(), args, c.sort());
        }
        Term.Let l = (Term.Let) t;
        List<Term.Binding> bs = new ArrayList<>(l.bindings());
        if (i < bs.size()) {
            Term.Binding b = bs.get(i);
            bs.set(i, new Term.Binding(b.name(), replaceAt(b.value(), rest, replacement)));
            return new Term.Let(bs, l.body());
        }
        return new Term.Let(bs, replaceAt(l.body(), rest, replacement));
    }

    /** The path of every sub-term of {@code t}, parents before children (the root's path is empty). */
    public static List<List<Integer>> paths(Term t) {
        List<List<Integer>> out = new ArrayList<>();
        paths(t, new ArrayList<>(), out);
        return out;
    }

    private static void paths(Term t, List<Integer> prefix, List<List<Integer>> out) {
        out.add(List.copyOf(prefix));
        List<Term> kids = children(t);
        for (int i = 0; i < kids.size(); i++) {
            prefix.add(i);
            paths(kids.get(i), prefix, out);
            prefix.remove(prefix.size() - 1);
        }
    }
}
