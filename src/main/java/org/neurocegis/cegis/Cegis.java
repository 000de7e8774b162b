package org.neurocegis.cegis;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

import org.neurocegis.search.CompiledGrammar;
import org.neurocegis.search.ConstantPool;
import org.neurocegis.search.Conditional;
import org.neurocegis.search.DecisionTree;
import org.neurocegis.search.DefaultGrammar;
import org.neurocegis.search.Enumerator;
import org.neurocegis.search.Proposer;
import org.neurocegis.sygus.Derivation;
import org.neurocegis.sygus.Grammar;
import org.neurocegis.sygus.Problem;
import org.neurocegis.sygus.SynthFun;
import org.neurocegis.term.FunctionDefinition;
import org.neurocegis.term.Op;
import org.neurocegis.term.Sort;
import org.neurocegis.term.Term;
import org.neurocegis.term.Terms;
import org.neurocegis.term.Value;
import org.neurocegis.verify.VerificationResult;
import org.neurocegis.verify.Verifier;

/**
 * Counterexample-guided inductive synthesis for one function: find a term of the grammar that fits the examples
 * (enumeration, then divide-and-conquer unification where the grammar has a conditional), have Z3 prove it, and
 * learn from its counterexample until a proof. Nothing leaves here as solved unless Z3 proved it.
 */
public final class Cegis {
    /**
     * @param timeoutMillis wall-clock limit for the whole solve; 0 for none
     * @param z3TimeoutMillis limit for one Z3 check
     * @param log where to write one line per iteration (-v), or null
     */
    public record Options(long timeoutMillis, int z3TimeoutMillis, Proposer proposer, long seed, PrintWriter log) {}

    private static final int SEED_POINTS = 4;
    private static final int MAX_POOL_TERMS = 512;
    private static final int MAX_PREDICATES = 4096;
    private static final int MAX_TREE_DEPTH = 12;
    private static final int MIN_LEVEL_FOR_CASE_SPLIT = 4;

    private final Problem problem;
    private final Options options;
    private final Stats stats;
    private final long deadline;
    private final Map<String, FunctionDefinition> definitions;
    /** For a single-invocation specification with no grammar: the spec as a predicate over the output, else null. */
    private Term singleInvocation;
    /** The variables f is called on in a single-invocation specification, in parameter order. */
    private List<Term> singleInvocationArgs;
    /** The conditions phi(ti) of the last case split, over the specification's variables. */
    private List<Term> caseConditions;
    private static final Term.Var OUTPUT = new Term.Var(" output", Sort.BOOL);

    private Cegis(Problem problem, Options options, Stats stats) {
        this.problem = problem;
        this.options = options;
        this.stats = stats;
        this.deadline = options.timeoutMillis() > 0 ? System.nanoTime() + options.timeoutMillis() * 1_000_000L : Long.MAX_VALUE;
        this.definitions = problem.definitionsByName();
    }

    public static Outcome solve(Problem problem, Options options, Stats stats) {
        long start = System.nanoTime();
        try {
            return new Cegis(problem, options, stats).run();
        } finally {
            stats.totalNanos = System.nanoTime() - start;
        }
    }

    private Outcome run() {
        if (problem.synthFuns().isEmpty()) return new Outcome.Unknown("nothing to synthesise");
        if (problem.synthFuns().size() > 1) return runJoint();
        SynthFun f = problem.synthFuns().get(0);
        Grammar grammar = f.grammar().orElse(null);
        if (grammar == null) {
            grammar = DefaultGrammar.of(f);
            stats.defaultGrammar = true;
        }
        stats.proposer = options.proposer().name();
        try (Verifier verifier = new Verifier(problem, options.z3TimeoutMillis())) {
            try {
                return loop(f, grammar, verifier);
            } finally {
                stats.z3Checks = verifier.checks();
                stats.z3Nanos = verifier.nanos();
            }
        }
    }

    /** Several functions: joint search over tuples, verified together. */
    private Outcome runJoint() {
        List<SynthFun> functions = problem.synthFuns();
        List<Grammar> grammars = new ArrayList<>();
        for (SynthFun f : functions) {
            if (f.grammar().isEmpty()) stats.defaultGrammar = true;
            grammars.add(f.grammar().orElseGet(() -> DefaultGrammar.of(f)));
        }
        stats.proposer = options.proposer().name();
        stats.strategy = "joint enumeration of " + functions.size() + " functions";
        try (Verifier verifier = new Verifier(problem, options.z3TimeoutMillis())) {
            try {
                Problem.Specification spec = verifier.specification();
                JointSearch search = new JointSearch(problem, functions, grammars, spec);
                seed(spec, SEED_POINTS, new Random(options.seed()), search::admissible, search::add);
                while (true) {
                    stats.iterations++;
                    stats.examples = search.pointCount();
                    if (System.nanoTime() > deadline) return new Outcome.Unknown("timeout");
                    Map<String, FunctionDefinition> candidate = search.search(options.proposer(), deadline, stats);
                    if (candidate == null) return new Outcome.Unknown(System.nanoTime() > deadline ? "timeout" : "no tuple found");
                    stats.candidatesVerified++;
                    verifier.setTimeout(z3Timeout());
                    VerificationResult verdict = verifier.verify(candidate);
                    log("iteration %d: candidates %s", stats.iterations, candidate.values());
                    if (verdict instanceof VerificationResult.Proved) return new Outcome.Solved(List.copyOf(candidate.values()));
                    if (verdict instanceof VerificationResult.Unknown u) {
                        return new Outcome.Unknown("Z3 could not decide a candidate: " + u.reason());
                    }
                    Map<String, Value> point = ((VerificationResult.Counterexample) verdict).point();
                    log("iteration %d: counterexample %s", stats.iterations, point);
                    if (!search.add(point)) return new Outcome.Unknown("internal: Z3's counterexample is already an example");
                }
            } finally {
                stats.z3Checks = verifier.checks();
                stats.z3Nanos = verifier.nanos();
            }
        }
    }

    private Outcome loop(SynthFun f, Grammar grammar, Verifier verifier) {
        Problem.Specification spec = verifier.specification();
        ExampleSet examples = new ExampleSet(problem, f, spec);

        Term direct = functionalDefinition(f, spec);
        if (direct != null && (f.grammar().isEmpty() || Derivation.derivable(f, direct))) {
            FunctionDefinition candidate = new FunctionDefinition(f.name(), f.params(), f.returnSort(), direct);
            stats.candidatesVerified++;
            if (verifier.verify(Map.of(f.name(), candidate)) instanceof VerificationResult.Proved) {
                stats.strategy = "the specification's own definition";
                return new Outcome.Solved(List.of(candidate));
            }
        }

        singleInvocation = f.grammar().isEmpty() ? singleInvocationSpec(f, spec) : null;
        // a single-invocation spec learns from random points without Z3: seed one per few variables, so that a case
        // split finds the terms it needs before the first (expensive) proof attempt
        int wanted = singleInvocation != null ? Math.min(64, SEED_POINTS + 3 * spec.variables().size()) : SEED_POINTS;
        seed(spec, wanted, new Random(options.seed()), examples::admissible, examples::add);
        while (true) {
            stats.iterations++;
            stats.examples = examples.points().size();
            if (examples.contradiction() && !examples.assumesDependOnCandidate()) {
                return new Outcome.Infeasible("a constraint fails at " + examples.points().get(examples.points().size() - 1)
                        + " whatever the function does");
            }
            if (System.nanoTime() > deadline) return new Outcome.Unknown("timeout");
            SearchResult found = search(f, grammar, examples);
            if (found instanceof SearchResult.Exhausted e) return new Outcome.Infeasible(e.why());
            if (found instanceof SearchResult.GaveUp g) return new Outcome.Unknown(g.why());
            Term body = ((SearchResult.Found) found).body();
            FunctionDefinition candidate = new FunctionDefinition(f.name(), f.params(), f.returnSort(), body);
            stats.candidatesVerified++;
            verifier.setTimeout(z3Timeout());
            VerificationResult verdict = null;
            if (((SearchResult.Found) found).caseSplit()) {
                // a case split is right iff some case holds everywhere: a much smaller query than the nested ites
                VerificationResult cases = verifier.verifyDisjunction(caseConditions);
                if (!(cases instanceof VerificationResult.Proved)) verdict = cases;
            }
            if (verdict == null) verdict = verifier.verify(Map.of(f.name(), candidate));
            log("iteration %d: candidate %s", stats.iterations, body);
            if (verdict instanceof VerificationResult.Proved) {
                return new Outcome.Solved(List.of(candidate));
            }
            if (verdict instanceof VerificationResult.Unknown u) {
                return new Outcome.Unknown("Z3 could not decide a candidate: " + u.reason());
            }
            Map<String, Value> point = ((VerificationResult.Counterexample) verdict).point();
            log("iteration %d: counterexample %s", stats.iterations, point);
            if (!examples.add(point)) {
                return new Outcome.Unknown("internal: Z3's counterexample " + point + " is already an example");
            }
        }
    }

    /** The per-check limit, never past the deadline. */
    private int z3Timeout() {
        int limit = options.z3TimeoutMillis();
        if (deadline == Long.MAX_VALUE) return limit;
        long left = Math.max(1, (deadline - System.nanoTime()) / 1_000_000L);
        return (int) (limit > 0 ? Math.min(limit, left) : Math.min(Integer.MAX_VALUE, left));
    }

    private void log(String format, Object... args) {
        if (options.log() != null) {
            options.log().printf("; " + format + "%n", args);
            options.log().flush();
        }
    }

    /** Random points (and one of small values) for the universally quantified variables, where the assumes hold. */
    private static void seed(Problem.Specification spec, int wanted, Random random,
                             Predicate<Map<String, Value>> admissible, Predicate<Map<String, Value>> add) {
        if (spec.variables().isEmpty()) {
            add.test(Map.of());
            return;
        }
        for (int k = 0, tries = 0; k < wanted && tries < 20 * wanted; tries++) {
            Map<String, Value> point = new HashMap<>();
            for (Term.Var v : spec.variables()) point.put(v.name(), sample(v.sort(), random, tries));
            if (admissible.test(point) && add.test(point)) k++;
        }
    }

    private static Value sample(Sort s, Random random, int round) {
        if (s instanceof Sort.BitVecSort bv) {
            if (bv.width() > 64) return Value.BitVecValue.of(bv.width(), new java.math.BigInteger(bv.width(), random));
            return Value.BitVecValue.of(bv.width(), round == 0 ? random.nextInt(16) : random.nextLong());
        }
        if (s.equals(Sort.INT)) return Value.of(random.nextInt(round == 0 ? 5 : 21) - (round == 0 ? 0 : 10));
        return Value.of(random.nextBoolean());
    }

    /**
     * If some constraint reads {@code (= (f x1 .. xn) e)} with distinct variables xi and e free of f, then e with
     * the xi renamed to f's parameters is the answer (still proved by Z3 before anyone sees it).
     */
    private Term functionalDefinition(SynthFun f, Problem.Specification spec) {
        List<Term> conjuncts = new ArrayList<>();
        for (Term c : spec.constraints()) {
            if (c instanceof Term.App a && a.op() == Op.AND) conjuncts.addAll(a.args());
            else conjuncts.add(c);
        }
        Residual residual = new Residual(definitions, Set.of(f.name()));
        for (Term c : conjuncts) {
            if (!(c instanceof Term.App a) || a.op() != Op.EQ || a.args().size() != 2) continue;
            for (int side = 0; side < 2; side++) {
                if (!(a.args().get(side) instanceof Term.Call call) || !call.function().equals(f.name())) continue;
                Term other = a.args().get(1 - side);
                if (residual.dependsOnCandidate(other)) continue;
                Map<String, Term> rename = new HashMap<>();
                boolean ok = true;
                for (int i = 0; i < call.args().size(); i++) {
                    if (!(call.args().get(i) instanceof Term.Var v) || rename.containsKey(v.name())) {
                        ok = false;
                        break;
                    }
                    rename.put(v.name(), f.params().get(i));
                }
                if (!ok) continue;
                Term body = Inliner.inline(other, rename, f.grammar().isEmpty() ? definitions : Map.of());
                if (body != null) return body;
            }
        }
        return null;
    }

    /**
     * When every call of f in the specification is {@code (f x1 .. xn)} on the same distinct variables, and these are
     * all the variables, the specification is a predicate phi(x, out) on the output: then any terms t1..tk that
     * together cover all inputs give {@code (ite phi(t1) t1 (ite phi(t2) t2 .. tk))}, correct wherever some ti is.
     * Used only without a grammar, which would not allow the spec's operators.
     */
    private Term singleInvocationSpec(SynthFun f, Problem.Specification spec) {
        Residual residual = new Residual(definitions, Set.of(f.name()));
        for (FunctionDefinition d : definitions.values()) if (residual.bodyDependsOnCandidate(d.name())) return null;
        List<Term> args = null;
        List<Term> parts = new ArrayList<>(spec.constraints());
        parts.addAll(spec.assumes());
        for (Term part : parts) {
            List<List<Term>> calls = new ArrayList<>();
            if (!collectCallArgs(part, f.name(), calls)) return null;
            for (List<Term> call : calls) {
                if (args == null) args = call;
                else if (!args.equals(call)) return null;
            }
        }
        if (args == null) return null;
        Map<String, Term> rename = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            if (!(args.get(i) instanceof Term.Var v) || rename.containsKey(v.name())) return null;
            rename.put(v.name(), f.params().get(i));
        }
        for (Term.Var v : spec.variables()) if (!rename.containsKey(v.name())) return null;
        singleInvocationArgs = args;
        Term.Var out = new Term.Var(OUTPUT.name(), f.returnSort());
        List<Term> goals = new ArrayList<>();
        for (Term c : spec.constraints()) goals.add(Terms.replaceCalls(c, f.name(), out));
        Term phi = goals.size() == 1 ? goals.get(0) : Term.app(Op.AND, List.of(), goals);
        if (!spec.assumes().isEmpty()) {
            List<Term> premises = new ArrayList<>();
            for (Term a : spec.assumes()) premises.add(Terms.replaceCalls(a, f.name(), out));
            Term premise = premises.size() == 1 ? premises.get(0) : Term.app(Op.AND, List.of(), premises);
            phi = Term.app(Op.IMPLIES, premise, phi);
        }
        rename.put(out.name(), out);
        return Inliner.inline(phi, rename, definitions);
    }

    /** Collects the argument lists of calls of {@code f}; false where a call's argument itself calls f. */
    private static boolean collectCallArgs(Term t, String f, List<List<Term>> out) {
        if (t instanceof Term.Call c) {
            for (Term a : c.args()) if (!collectCallArgs(a, f, out)) return false;
            if (c.function().equals(f)) {
                for (Term a : c.args()) if (Terms.callsAny(a, Set.of(f))) return false;
                out.add(c.args());
            }
            return true;
        }
        if (t instanceof Term.App a) {
            for (Term x : a.args()) if (!collectCallArgs(x, f, out)) return false;
            return true;
        }
        if (t instanceof Term.Let l) {
            for (Term.Binding b : l.bindings()) if (!collectCallArgs(b.value(), f, out)) return false;
            return collectCallArgs(l.body(), f, out);
        }
        return true;
    }

    /** {@code (ite phi(t1) t1 (ite phi(t2) t2 .. tk))} over the given terms, or null if it grows too large. */
    private Term caseSplit(List<Term> terms, SynthFun f) {
        caseConditions = new ArrayList<>();
        for (Term t : terms) {
            Map<String, Term> toSpec = new HashMap<>();
            for (int i = 0; i < f.params().size(); i++) toSpec.put(f.params().get(i).name(), singleInvocationArgs.get(i));
            Term atSpec = Inliner.inline(t, toSpec, Map.of());
            Map<String, Term> rename = new HashMap<>(toSpec);
            rename.put(OUTPUT.name(), atSpec);
            Term condition = atSpec == null ? null : Inliner.inline(singleInvocation, rename, Map.of());
            if (condition == null) return null;
            caseConditions.add(condition);
        }
        Term result = terms.get(terms.size() - 1);
        for (int i = terms.size() - 2; i >= 0; i--) {
            Map<String, Term> rename = new HashMap<>();
            for (Term.Var p : f.params()) rename.put(p.name(), p);
            rename.put(OUTPUT.name(), terms.get(i));
            Term condition = Inliner.inline(singleInvocation, rename, Map.of());
            if (condition == null) return null;
            result = Term.app(Op.ITE, condition, terms.get(i), result);
        }
        return result.size() > 200_000 ? null : result;
    }

    // ------------------------------------------------------------------ one search

    private sealed interface SearchResult {
        record Found(Term body, boolean caseSplit) implements SearchResult {
            Found(Term body) {
                this(body, false);
            }
        }

        record Exhausted(String why) implements SearchResult {}

        record GaveUp(String why) implements SearchResult {}
    }

    private SearchResult search(SynthFun f, Grammar grammar, ExampleSet examples) {
        long start = System.nanoTime();
        long[][] inputs = new long[examples.inputs().size()][];
        for (int i = 0; i < inputs.length; i++) {
            List<Value> tuple = examples.inputs().get(i);
            inputs[i] = new long[tuple.size()];
            for (int j = 0; j < tuple.size(); j++) {
                Long encoded = Enumerator.encode(tuple.get(j));
                if (encoded == null) return new SearchResult.GaveUp("values wider than 64 bits are not enumerated yet");
                inputs[i][j] = encoded;
            }
        }
        int[][] costs = options.proposer().costs(problem, f, grammar, examples.points());
        CompiledGrammar compiled = new CompiledGrammar(grammar, f.params(), definitions, costs,
                ConstantPool.of(problem, grammar));
        long budget = Math.max(1 << 20, Runtime.getRuntime().maxMemory() / 8 / 3);
        Enumerator enumerator = new Enumerator(compiled, inputs, budget);
        stats.inputs = Math.max(stats.inputs, inputs.length);
        UnitChecker checker = new UnitChecker(examples, enumerator, f, definitions);
        List<Conditional> conditionals = examples.pointwise() && !examples.units().isEmpty()
                ? Conditional.of(compiled, definitions) : List.of();
        Unification unification = new Unification(conditionals, checker);
        int[] found = {-1};
        boolean unify = !conditionals.isEmpty();
        Enumerator.Listener listener = (e, nt, id) -> {
            if (nt == 0) {
                if (checker.passesAll(id)) {
                    found[0] = id;
                    return false;
                }
                if (unify) unification.offerTerm(id);
            }
            if (unify) unification.offerPredicate(e, nt, id);
            return true;
        };
        try {
            while (true) {
                boolean complete = enumerator.nextLevel(listener, deadline);
                if (found[0] >= 0) return new SearchResult.Found(enumerator.term(found[0]));
                if (!complete) {
                    return new SearchResult.GaveUp(enumerator.outOfMemory() ? "memory budget for terms exhausted" : "timeout");
                }
                Term unified = unification.attempt(enumerator, enumerator.inputCount(), f);
                if (unified != null) {
                    return new SearchResult.Found(unified, stats.strategy.startsWith("case split"));
                }
                if (enumerator.exhausted()) {
                    if (compiled.complete() && enumerator.undefinedCount() == 0) {
                        return new SearchResult.Exhausted("no term of the grammar meets the " + examples.points().size()
                                + " examples (all " + enumerator.termCount() + " distinct terms enumerated)");
                    }
                    return new SearchResult.GaveUp("grammar exhausted, but some terms could not be evaluated");
                }
            }
        } finally {
            stats.enumerationNanos += System.nanoTime() - start;
            stats.termsGenerated += enumerator.generated();
            stats.termsDistinct += enumerator.termCount();
            stats.largestBank = Math.max(stats.largestBank, enumerator.termCount());
            if (stats.strategy.equals("none")) stats.strategy = "enumeration";
        }
    }

    /** The pools of divide-and-conquer unification: terms by what they cover, predicates by where they hold. */
    private final class Unification {
        private final List<Conditional> conditionals;
        private final UnitChecker checker;
        private final List<Integer> terms = new ArrayList<>();
        private final List<BitSet> covers = new ArrayList<>();
        private final Set<BitSet> seenCovers = new HashSet<>();
        private final List<int[]> predicates = new ArrayList<>(); // {conditional, term}
        private final List<BitSet> holds = new ArrayList<>();
        private final Set<BitSet> seenHolds = new HashSet<>();
        private boolean changed;

        Unification(List<Conditional> conditionals, UnitChecker checker) {
            this.conditionals = conditionals;
            this.checker = checker;
        }

        void offerTerm(int id) {
            if (conditionals.isEmpty() || terms.size() >= MAX_POOL_TERMS) return;
            BitSet cover = checker.coverage(id);
            if (cover.isEmpty() || !seenCovers.add(cover)) return;
            // a term right wherever a cheaper one is right is all the tree needs: drop the ones it dominates
            for (BitSet other : covers) {
                BitSet rest = (BitSet) cover.clone();
                rest.andNot(other);
                if (rest.isEmpty()) return;
            }
            for (int k = covers.size() - 1; k >= 0; k--) {
                BitSet rest = (BitSet) covers.get(k).clone();
                rest.andNot(cover);
                if (rest.isEmpty()) {
                    covers.remove(k);
                    terms.remove(k);
                }
            }
            terms.add(id);
            covers.add(cover);
            changed = true;
        }

        void offerPredicate(Enumerator e, int nt, int id) {
            if (predicates.size() >= MAX_PREDICATES) return;
            for (int c = 0; c < conditionals.size(); c++) {
                if (conditionals.get(c).conditionNt() != nt) continue;
                BitSet where = UnitChecker.where(conditionals.get(c).holds(e, id));
                if (where.isEmpty() || where.cardinality() == e.inputCount() || !seenHolds.add(where)) continue;
                predicates.add(new int[] {c, id});
                holds.add(where);
                changed = true;
            }
        }

        /**
         * A decision tree over the pools when they separate every input; for a single-invocation spec without a
         * grammar, a case split on the spec itself once the terms cover every input and a small tree is not found.
         */
        Term attempt(Enumerator e, int inputs, SynthFun f) {
            // with few parameters a small tree is likely and its predicates come a few levels after the leaves: wait
            // for them before settling for the (larger) case split; with many, enumerating that far costs too much
            boolean waitForTree = f.params().size() <= 3 && e.level() < MIN_LEVEL_FOR_CASE_SPLIT;
            boolean caseSplitDue = singleInvocation != null && e.level() == MIN_LEVEL_FOR_CASE_SPLIT;
            if (conditionals.isEmpty() || (!changed && !caseSplitDue) || terms.isEmpty()) return null;
            changed = false;
            stats.unifications++;
            BitSet union = new BitSet();
            for (BitSet c : covers) union.or(c);
            boolean covered = union.cardinality() == inputs;
            boolean small = (long) holds.size() * terms.size() * inputs < 2_000_000L;
            DecisionTree tree = covered && (small || singleInvocation == null)
                    ? DecisionTree.learn(inputs, covers, holds, MAX_TREE_DEPTH) : null;
            if (tree != null && (singleInvocation == null || leaves(tree) <= 8)) {
                stats.strategy = "divide-and-conquer unification";
                return build(e, tree);
            }
            if (singleInvocation != null && covered && !waitForTree) {
                List<Integer> order = new ArrayList<>();
                for (int i = 0; i < terms.size(); i++) order.add(i);
                order.sort((a, b) -> covers.get(b).cardinality() - covers.get(a).cardinality());
                List<Term> chosen = new ArrayList<>();
                for (int i : order) chosen.add(e.term(terms.get(i)));
                Term split = caseSplit(chosen, f);
                if (split != null) {
                    stats.strategy = "case split on the single-invocation specification";
                    return split;
                }
            }
            if (tree != null) stats.strategy = "divide-and-conquer unification";
            return tree == null ? null : build(e, tree);
        }

        private int leaves(DecisionTree tree) {
            return tree instanceof DecisionTree.Node n ? leaves(n.yes()) + leaves(n.no()) : 1;
        }

        private Term build(Enumerator e, DecisionTree tree) {
            if (tree instanceof DecisionTree.Leaf leaf) return e.term(terms.get(leaf.term()));
            DecisionTree.Node node = (DecisionTree.Node) tree;
            int[] p = predicates.get(node.predicate());
            return conditionals.get(p[0]).build(e.term(p[1]), build(e, node.yes()), build(e, node.no()));
        }
    }
}
