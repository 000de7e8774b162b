package org.neurocegis.sketch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import com.microsoft.z3.IntNum;
import com.microsoft.z3.Model;
import com.microsoft.z3.Params;
import com.microsoft.z3.Solver;
import com.microsoft.z3.Status;

import org.neurocegis.sygus.Derivation;
import org.neurocegis.sygus.Grammar;
import org.neurocegis.sygus.NonTerminal;
import org.neurocegis.sygus.Problem;
import org.neurocegis.sygus.Production;
import org.neurocegis.sygus.SynthFun;
import org.neurocegis.term.FunctionDefinition;
import org.neurocegis.term.Op;
import org.neurocegis.term.Sort;
import org.neurocegis.term.Term;
import org.neurocegis.term.Terms;
import org.neurocegis.term.Value;
import org.neurocegis.verify.SolutionChecker;
import org.neurocegis.verify.VerificationResult;
import org.neurocegis.verify.Verifier;
import org.neurocegis.verify.Z3Contexts;
import org.neurocegis.verify.Z3Translator;

/**
 * Fills a sketch: a synth-fun whose grammar's start symbol has one production, the partial program, with
 * non-terminals as holes. Every hole becomes a symbolic term (a choice among its productions, by an integer selector,
 * and a Z3 constant for {@code (Constant S)}), unrolled to a bounded depth when its grammar is recursive; then a
 * CEGIS of its own: Z3 picks the choices and constants that satisfy the examples, the filled program is proved (by
 * the verifier, then the independent check, and checked to derive from the grammar) or gives a new example. When the
 * holes' grammars are not recursive the encoding covers every filling, and an unsatisfiable choice is a certificate
 * that none exists (re-checked from its SMT-LIB text in a fresh context).
 */
public final class SketchSolver {
    /** The most symbolic instances of non-terminals an encoding may have: beyond, Z3 would drown in it. */
    private static final int MAX_INSTANCES = 5_000;

    /** An encoding past {@link #MAX_INSTANCES}. */
    private static final class TooLarge extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super(null, null, false, false);
        }
    }

    /** How deep a recursive non-terminal is unrolled (the search is then incomplete). */
    private static final int RECURSIVE_DEPTH = 2;

    private SketchSolver() {}

    /** The value given to one hole of the start production (in order of appearance). */
    public record HoleValue(String nonTerminal, Term value) {}

    public sealed interface Outcome {
        record Filled(FunctionDefinition function, List<HoleValue> holes) implements Outcome {
            public Filled {
                holes = List.copyOf(holes);
            }
        }

        record Infeasible(String why) implements Outcome {}

        record Unknown(String why) implements Outcome {}
    }

    /** Whether {@code problem} is a sketch this solver handles: one synth-fun whose start symbol has one production. */
    public static boolean isSketch(Problem problem) {
        if (problem.synthFuns().size() != 1 || !problem.invConstraints().isEmpty()) return false;
        SynthFun f = problem.synthFuns().get(0);
        if (f.grammar().isEmpty()) return false;
        NonTerminal start = f.grammar().get().start();
        return start.productions().size() == 1 && start.productions().get(0) instanceof Production.Rule r
                && !(r.template() instanceof Term.Hole);
    }

    /** A symbolic instance of a non-terminal: a choice among options, each a template with its holes' instances. */
    private record Node(String selector, List<Option> options) {}

    private record Option(Term template, List<Node> children, String constant, Sort sort) {}

    private static final class Encoder {
        final Grammar grammar;
        final SynthFun f;
        final Map<String, Sort> decls = new HashMap<>();
        boolean complete = true;
        int counter;
        int instances;

        Encoder(SynthFun f, Grammar grammar) {
            this.f = f;
            this.grammar = grammar;
        }

        Node instance(NonTerminal nt, int depth, Set<String> onPath) {
            if (++instances > MAX_INSTANCES) throw new TooLarge();
            boolean recursive = onPath.contains(nt.name());
            Set<String> path = new HashSet<>(onPath);
            path.add(nt.name());
            int left = recursive ? depth - 1 : depth;
            List<Option> options = new ArrayList<>();
            for (Production p : nt.productions()) {
                if (p instanceof Production.AnyConstant c) {
                    String name = "sketch!c" + counter++;
                    decls.put(name, c.sort());
                    options.add(new Option(null, List.of(), name, c.sort()));
                } else if (p instanceof Production.AnyVariable v) {
                    for (Term.Var param : f.params()) {
                        if (param.sort().equals(v.sort())) options.add(new Option(param, List.of(), null, v.sort()));
                    }
                } else {
                    Term template = ((Production.Rule) p).template();
                    List<Term.Hole> holes = Terms.holes(template);
                    boolean deeper = false;
                    for (Term.Hole h : holes) deeper |= path.contains(h.nonTerminal());
                    if (deeper && left <= 0) {
                        complete = false;
                        continue;
                    }
                    List<Node> children = new ArrayList<>();
                    for (Term.Hole h : holes) children.add(instance(grammar.nonTerminal(h.nonTerminal()), left, path));
                    options.add(new Option(template, children, null, template.sort()));
                }
            }
            if (options.isEmpty()) {
                complete = false;
                options.add(new Option(Term.lit(zero(nt.sort())), List.of(), null, nt.sort()));
            }
            String selector = null;
            if (options.size() > 1) {
                selector = "sketch!s" + counter++;
                decls.put(selector, Sort.INT);
            }
            return new Node(selector, options);
        }

        /** The symbolic term of a node: an ite over the selector's values. */
        Term symbolic(Node n) {
            Term result = null;
            for (int i = n.options().size() - 1; i >= 0; i--) {
                Term t = option(n.options().get(i));
                result = result == null ? t : Term.app(Op.ITE,
                        Term.app(Op.EQ, new Term.Call(n.selector(), List.of(), Sort.INT), Term.integer(i)), t, result);
            }
            return result;
        }

        Term option(Option o) {
            if (o.constant() != null) return new Term.Call(o.constant(), List.of(), o.sort());
            Term[] fillers = new Term[o.children().size()];
            for (int i = 0; i < fillers.length; i++) fillers[i] = symbolic(o.children().get(i));
            return Terms.fillHoles(o.template(), fillers);
        }

        Term concrete(Node n, Model model, Z3Translator t) {
            int index = 0;
            if (n.selector() != null) {
                Expr<?> v = model.eval(t.translate(new Term.Call(n.selector(), List.of(), Sort.INT), Map.of()), true);
                long s = ((IntNum) v).getInt64();
                index = s >= 0 && s < n.options().size() ? (int) s : n.options().size() - 1;
            }
            Option o = n.options().get(index);
            if (o.constant() != null) {
                Expr<?> v = model.eval(t.translate(new Term.Call(o.constant(), List.of(), o.sort()), Map.of()), true);
                return Term.lit(Z3Translator.valueOf(v, o.sort()));
            }
            Term[] fillers = new Term[o.children().size()];
            for (int i = 0; i < fillers.length; i++) fillers[i] = concrete(o.children().get(i), model, t);
            return Terms.fillHoles(o.template(), fillers);
        }
    }

    private static Value zero(Sort s) {
        if (s instanceof Sort.BitVecSort bv) return Value.BitVecValue.of(bv.width(), 0);
        return s.equals(Sort.INT) ? Value.of(0) : Value.FALSE;
    }

    public static Outcome solve(Problem problem, long timeoutMillis, int z3TimeoutMillis) {
        if (!isSketch(problem)) return new Outcome.Unknown("not a sketch (one synth-fun whose start symbol has one production)");
        SynthFun f = problem.synthFuns().get(0);
        Term template = ((Production.Rule) f.grammar().get().start().productions().get(0)).template();
        return fill(problem, f, f.grammar().get(), template, RECURSIVE_DEPTH, timeoutMillis, z3TimeoutMillis);
    }

    /**
     * Constants by Z3 for a whole problem: the grammar (the synth-fun's, or the default one) unrolled to {@code depth},
     * each {@code (Constant S)} a Z3 constant, so that masks and magic numbers are found that enumeration with a
     * handful of literals never tries. Incomplete by design: it answers a proved solution or unknown, never
     * infeasible.
     */
    public static Outcome solveShallow(Problem problem, Grammar grammar, int depth, long timeoutMillis, int z3TimeoutMillis) {
        if (problem.synthFuns().size() != 1 || !problem.invConstraints().isEmpty()) return new Outcome.Unknown("one synth-fun only");
        SynthFun f = problem.synthFuns().get(0);
        Term template = new Term.Hole(grammar.start().name(), grammar.start().sort());
        Outcome o = fill(problem, f, grammar, template, depth, timeoutMillis, z3TimeoutMillis);
        return o instanceof Outcome.Infeasible i ? new Outcome.Unknown(i.why()) : o;
    }

    /**
     * Fills the holes of {@code template} (a body of the problem's one synth-fun, with {@link Term.Hole}s naming
     * non-terminals of {@code grammar}) to depth {@code depth}: the synthesiser run on a blamed position. A proved
     * filling or unknown, never infeasible (the unrolling is bounded).
     */
    public static Outcome fillHoles(Problem problem, Grammar grammar, Term template, int depth, long timeoutMillis,
                                    int z3TimeoutMillis) {
        if (problem.synthFuns().size() != 1 || !problem.invConstraints().isEmpty()) return new Outcome.Unknown("one synth-fun only");
        Outcome o = fill(problem, problem.synthFuns().get(0), grammar, template, depth, timeoutMillis, z3TimeoutMillis);
        return o instanceof Outcome.Infeasible i ? new Outcome.Unknown(i.why()) : o;
    }

    private static Outcome fill(Problem problem, SynthFun f, Grammar grammar, Term template, int depth,
                                long timeoutMillis, int z3TimeoutMillis) {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        Encoder enc = new Encoder(f, grammar);
        List<Term.Hole> holes = Terms.holes(template);
        List<Node> nodes = new ArrayList<>();
        try {
            for (Term.Hole h : holes) nodes.add(enc.instance(grammar.nonTerminal(h.nonTerminal()), depth, Set.of()));
        } catch (TooLarge ex) {
            return new Outcome.Unknown("the holes' grammar is too large to encode to depth " + depth);
        }
        Term[] symbolic = new Term[nodes.size()];
        for (int i = 0; i < symbolic.length; i++) symbolic[i] = enc.symbolic(nodes.get(i));
        FunctionDefinition sym = new FunctionDefinition(f.name(), f.params(), f.returnSort(), Terms.fillHoles(template, symbolic));
        Problem.Specification spec = problem.specification();
        List<Map<String, Value>> examples = new ArrayList<>();
        try (Verifier verifier = new Verifier(problem, z3TimeoutMillis)) {
            Context ctx = verifier.context();
            Z3Translator translator = new Z3Translator(ctx, problem.definitionsByName()).with(Map.of(f.name(), sym));
            for (Map.Entry<String, Sort> d : enc.decls.entrySet()) {
                translator = translator.withUninterpreted(d.getKey(), List.of(), d.getValue());
            }
            while (System.nanoTime() < deadline) {
                Solver s = ctx.mkSolver();
                Params params = ctx.mkParams();
                long left = Math.max(1, (deadline - System.nanoTime()) / 1_000_000L);
                params.add("timeout", (int) Math.min(left, z3TimeoutMillis > 0 ? z3TimeoutMillis : Integer.MAX_VALUE));
                s.setParameters(params);
                for (Map<String, Value> point : examples) s.add(holdsAt(translator, spec, point));
                Status status = s.check();
                if (status == Status.UNSATISFIABLE) {
                    if (!enc.complete) return new Outcome.Unknown("no filling up to depth " + depth + " of the recursive holes");
                    if (!confirmedUnsat(s.toString(), z3TimeoutMillis)) return new Outcome.Unknown("the certificate did not re-check");
                    return new Outcome.Infeasible("no filling of the " + holes.size() + " hole" + (holes.size() == 1 ? "" : "s")
                            + " satisfies the specification at " + (examples.size() == 1 ? "the input " : "these " + examples.size() + " inputs: ") + examples);
                }
                if (status != Status.SATISFIABLE) return new Outcome.Unknown("Z3 could not choose the holes: " + s.getReasonUnknown());
                Model model = s.getModel();
                Term[] fillers = new Term[nodes.size()];
                List<HoleValue> values = new ArrayList<>();
                for (int i = 0; i < fillers.length; i++) {
                    fillers[i] = enc.concrete(nodes.get(i), model, translator);
                    values.add(new HoleValue(holes.get(i).nonTerminal(), fillers[i]));
                }
                FunctionDefinition filled = new FunctionDefinition(f.name(), f.params(), f.returnSort(), Terms.fillHoles(template, fillers));
                // the proofs stay within the time left, as the choices do
                int proofLimit = (int) Math.min(z3TimeoutMillis > 0 ? z3TimeoutMillis : Integer.MAX_VALUE,
                        Math.max(1, (deadline - System.nanoTime()) / 1_000_000L));
                verifier.setTimeout(proofLimit);
                VerificationResult r = verifier.verify(Map.of(f.name(), filled));
                if (r instanceof VerificationResult.Counterexample cex) {
                    if (examples.contains(cex.point())) return new Outcome.Unknown("the encoding and the verifier disagree");
                    examples.add(cex.point());
                    continue;
                }
                if (!(r instanceof VerificationResult.Proved)) return new Outcome.Unknown("Z3 could not prove the filling");
                if (f.grammar().isPresent() && !Derivation.derivable(f, filled.body())) return new Outcome.Unknown("the filling is outside the grammar");
                SolutionChecker.Verdict again = SolutionChecker.prove(problem, Map.of(f.name(), filled), proofLimit);
                if (again.status() != SolutionChecker.Status.SOLVED) return new Outcome.Unknown("the independent check: " + again.detail());
                return new Outcome.Filled(filled, values);
            }
        }
        return new Outcome.Unknown("time limit");
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static BoolExpr holdsAt(Z3Translator translator, Problem.Specification spec, Map<String, Value> point) {
        Map<String, Expr> env = new HashMap<>();
        for (Map.Entry<String, Value> e : point.entrySet()) env.put(e.getKey(), translator.value(e.getValue()));
        List<BoolExpr> all = new ArrayList<>();
        for (Term c : spec.constraints()) all.add((BoolExpr) translator.translate(c, env));
        return translator.context().mkAnd(all.toArray(new BoolExpr[0]));
    }

    /** The unsatisfiable choice, read back from its SMT-LIB text by a fresh Z3 context. */
    private static boolean confirmedUnsat(String smtlib, int timeoutMillis) {
        try (Context fresh = Z3Contexts.open()) {
            Solver s = fresh.mkSolver();
            if (timeoutMillis > 0) {
                Params p = fresh.mkParams();
                p.add("timeout", timeoutMillis);
                s.setParameters(p);
            }
            s.add(fresh.parseSMTLIB2String(smtlib, null, null, null, null));
            return s.check() == Status.UNSATISFIABLE;
        } catch (com.microsoft.z3.Z3Exception ex) {
            return false;
        }
    }
}
