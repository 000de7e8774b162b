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

    private final Problem problem;
    private final Options options;
    private final Stats stats;
    private final long deadline;
    private final Map<String, FunctionDefinition> definitions;

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
        if (problem.synthFuns().size() > 1) {
            return new Outcome.Unknown("several functions to synthesise at once are not supported yet");
        }
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

    private Outcome loop(SynthFun f, Grammar grammar, Verifier verifier) {
        Problem.Specification spec = verifier.specification();
        ExampleSet examples = new ExampleSet(problem, f, spec);
        boolean assumesIndependent = true;
        for (Term a : spec.assumes()) assumesIndependent &= !Residual.mentions(a, Set.of(f.name()));

        Term direct = functionalDefinition(f, spec);
        if (direct != null && (f.grammar().isEmpty() || Derivation.derivable(f, direct))) {
            FunctionDefinition candidate = new FunctionDefinition(f.name(), f.params(), f.returnSort(), direct);
            stats.candidatesVerified++;
            if (verifier.verify(Map.of(f.name(), candidate)) instanceof VerificationResult.Proved) {
                stats.strategy = "the specification's own definition";
                return new Outcome.Solved(List.of(candidate));
            }
        }

        seed(examples, spec, new Random(options.seed()));
        while (true) {
            stats.iterations++;
            stats.examples = examples.points().size();
            if (examples.contradiction() && assumesIndependent) {
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
            VerificationResult verdict = verifier.verify(Map.of(f.name(), candidate));
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
    private void seed(ExampleSet examples, Problem.Specification spec, Random random) {
        if (spec.variables().isEmpty()) {
            examples.add(Map.of());
            return;
        }
        for (int k = 0, tries = 0; k < SEED_POINTS && tries < 20 * SEED_POINTS; tries++) {
            Map<String, Value> point = new HashMap<>();
            for (Term.Var v : spec.variables()) point.put(v.name(), sample(v.sort(), random, tries));
            if (examples.admissible(point) && examples.add(point)) k++;
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

    // ------------------------------------------------------------------ one search

    private sealed interface SearchResult {
        record Found(Term body) implements SearchResult {}

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
        UnitChecker checker = new UnitChecker(examples, enumerator, f, definitions);
        List<Conditional> conditionals = examples.pointwise() && !examples.units().isEmpty()
                ? Conditional.of(compiled, definitions) : List.of();
        Unification unification = new Unification(conditionals, checker);
        int[] found = {-1};
        Enumerator.Listener listener = (e, nt, id) -> {
            if (nt == 0) {
                if (checker.passesAll(id)) {
                    found[0] = id;
                    return false;
                }
                unification.offerTerm(id);
            }
            unification.offerPredicate(e, nt, id);
            return true;
        };
        try {
            while (true) {
                boolean complete = enumerator.nextLevel(listener, deadline);
                if (found[0] >= 0) return new SearchResult.Found(enumerator.term(found[0]));
                if (!complete) {
                    return new SearchResult.GaveUp(enumerator.outOfMemory() ? "memory budget for terms exhausted" : "timeout");
                }
                Term unified = unification.attempt(enumerator, examples.units().size());
                if (unified != null) {
                    stats.strategy = "divide-and-conquer unification";
                    return new SearchResult.Found(unified);
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
            terms.add(id);
            covers.add(cover);
            changed = true;
        }

        void offerPredicate(Enumerator e, int nt, int id) {
            if (predicates.size() >= MAX_PREDICATES) return;
            for (int c = 0; c < conditionals.size(); c++) {
                if (conditionals.get(c).conditionNt() != nt) continue;
                BitSet where = checker.unitsWhere(conditionals.get(c).holds(e, id));
                if (where.isEmpty() || !seenHolds.add(where)) continue;
                predicates.add(new int[] {c, id});
                holds.add(where);
                changed = true;
            }
        }

        Term attempt(Enumerator e, int units) {
            if (conditionals.isEmpty() || !changed || terms.isEmpty()) return null;
            changed = false;
            stats.unifications++;
            DecisionTree tree = DecisionTree.learn(units, covers, holds, MAX_TREE_DEPTH);
            return tree == null ? null : build(e, tree);
        }

        private Term build(Enumerator e, DecisionTree tree) {
            if (tree instanceof DecisionTree.Leaf leaf) return e.term(terms.get(leaf.term()));
            DecisionTree.Node node = (DecisionTree.Node) tree;
            int[] p = predicates.get(node.predicate());
            return conditionals.get(p[0]).build(e.term(p[1]), build(e, node.yes()), build(e, node.no()));
        }
    }
}
