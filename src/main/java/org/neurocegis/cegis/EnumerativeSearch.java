package org.neurocegis.cegis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neurocegis.search.CompiledGrammar;
import org.neurocegis.search.ConstantPool;
import org.neurocegis.search.Conditional;
import org.neurocegis.search.DecisionTree;
import org.neurocegis.search.Enumerator;
import org.neurocegis.search.Weights;
import org.neurocegis.sygus.Grammar;
import org.neurocegis.sygus.Problem;
import org.neurocegis.sygus.SynthFun;
import org.neurocegis.term.FunctionDefinition;
import org.neurocegis.term.Op;
import org.neurocegis.term.Sort;
import org.neurocegis.term.Term;
import org.neurocegis.term.Terms;
import org.neurocegis.term.Value;
import org.neurocegis.verify.Certificate;

/**
 * Enumeration for one function: a term of the grammar that meets every example, found bottom-up in order of cost,
 * or built by divide-and-conquer unification (where the grammar has a conditional), or, for a single-invocation
 * specification without a grammar, by a case split on the specification itself. When a finite grammar is
 * exhausted on inputs that every judgement stayed within, the strategy says so with an exhaustion certificate.
 */
final class EnumerativeSearch implements Strategy {
    private static final int MAX_POOL_TERMS = 512;
    private static final int MAX_PREDICATES = 4096;
    private static final int MAX_TREE_DEPTH = 12;
    private static final int MIN_LEVEL_FOR_CASE_SPLIT = 4;
    /** Inputs met off the examples (nested calls) that one proposal adds before it searches again, and how often. */
    private static final int INPUTS_PER_ROUND = 8;
    private static final int MAX_ROUNDS = 16;
    private static final int MAX_EXTRA_INPUTS = 128;
    /**
     * Online adaptation: once the search has generated this many terms (and again each time it has generated this
     * factor more), at most a few times per search. Earlier, a restart costs more than better weights can save.
     */
    private static final long ADAPT_AFTER_TERMS = 10_000;
    private static final int ADAPT_GROWTH = 4;
    private static final int MAX_ADAPTATIONS = 3;
    /**
     * A proposer that must load a model: the search by size loads it (and waits for it) once the solve has generated
     * this many terms, counting the searches of earlier iterations (a problem of many small iterations needs it too).
     * Most problems are solved by less, and a load once started must finish before the process exits (ONNX Runtime's
     * native destructors crash a thread still creating a session): starting it earlier, in the background, cost 0.1 s
     * on every problem solved between a few hundred and this many terms, and the search reaches this many in a few
     * milliseconds anyway.
     */
    private static final long MODEL_AFTER_TERMS = 2_000;
    private static final int MAX_PARTIAL_SOLUTIONS = 4096;

    private final Problem problem;
    private final SynthFun f;
    private final Grammar grammar;
    private final Map<String, FunctionDefinition> definitions;
    private final ExampleSet examples;
    private int absorbed;
    private final Set<Term> blocked = new HashSet<>();
    /** Constants Z3 found for shapes in earlier searches, most recent last: they join the pool. */
    private final Map<Sort, Set<Value>> learned = new HashMap<>();
    private int extraInputs;
    /** Per production, the best share of examples met by a partial solution using it; kept across iterations. */
    private final double[][] fit;
    private boolean fitLearned;
    /** When the safety net lets uniform weights take over (set at the first search), and whether it did. */
    private long guidedUntil = -1;
    /**
     * When Z3 may first look for constants ({@link ConstantHoles}): the first {@link ConstantHoles#DELAY_NANOS} of the
     * search, over all its proposals, are left to plain enumeration and unification, which settle most easy problems
     * in less time than Z3's first look costs.
     */
    private long holesFrom = -1;
    private boolean fellBack;
    /** For a single-invocation specification with no grammar: the spec as a predicate over the output, else null. */
    private final Term singleInvocation;
    /** The variables f is called on in a single-invocation specification, in parameter order. */
    private List<Term> singleInvocationArgs;
    /** The conditions phi(ti) of the last case split, over the specification's variables. */
    private List<Term> caseConditions;
    private static final Term.Var OUTPUT = new Term.Var(" output", Sort.BOOL);

    EnumerativeSearch(Problem problem, SynthFun f, Grammar grammar, Obligations obligations, Problem.Specification spec) {
        this.problem = problem;
        this.f = f;
        this.grammar = grammar;
        this.definitions = problem.definitionsByName();
        this.examples = new ExampleSet(f, obligations, definitions);
        this.singleInvocation = f.grammar().isEmpty() ? singleInvocationSpec(f, spec) : null;
        this.fit = new double[grammar.nonTerminals().size()][];
        for (int i = 0; i < fit.length; i++) fit[i] = new double[grammar.nonTerminals().get(i).productions().size()];
    }

    @Override public String name() {
        return "enumeration";
    }

    /**
     * A candidate that meets every point on our evaluation while Z3 refutes it at one of them can only rest on a value
     * SMT-LIB leaves unspecified (division by zero): no point will rule it out, so it is set aside by name. A search
     * that passes over a set-aside term can no longer claim exhaustion.
     */
    @Override public boolean setAside(Proposal.Candidate candidate) {
        FunctionDefinition d = candidate.functions().get(f.name());
        return d != null && blocked.add(d.body());
    }

    @Override public int seedPoints() {
        // a single-invocation spec learns from random points without Z3: seed one per few variables, so that a case
        // split finds the terms it needs before the first (expensive) proof attempt
        return singleInvocation != null ? Math.min(64, 4 + 3 * problem.specification().variables().size()) : 4;
    }

    @Override public Proposal propose(List<Map<String, Value>> points, Context context) {
        if (holesFrom < 0) holesFrom = System.nanoTime() + ConstantHoles.DELAY_NANOS;
        for (; absorbed < points.size(); absorbed++) examples.add(points.get(absorbed));
        for (int round = 0; ; round++) {
            Search search = new Search(context, round < MAX_ROUNDS && extraInputs < MAX_EXTRA_INPUTS);
            Proposal result = search.run();
            List<List<Value>> met = search.checker == null ? List.of() : search.checker.offInputs();
            if (!(result instanceof Proposal.Pass) || met.isEmpty() || round >= MAX_ROUNDS
                    || extraInputs >= MAX_EXTRA_INPUTS || context.timeUp()) {
                return result;
            }
            // terms were judged at inputs where observational equivalence had not compared them: search again with
            // those inputs among the examples, so that terms that differ there are kept apart
            int added = 0;
            for (List<Value> in : met) {
                if (added >= INPUTS_PER_ROUND) break;
                if (examples.addInput(in)) added++;
            }
            extraInputs += added;
            if (added == 0) return result;
            context.log("%d inputs met off the examples added; searching again", added);
        }
    }

    /** One enumeration over the current examples. */
    private final class Search {
        private final Context context;
        /** Whether meeting inputs off the examples should end this search, to start one that includes them. */
        private final boolean mayRestart;
        UnitChecker checker;

        Search(Context context, boolean mayRestart) {
            this.context = context;
            this.mayRestart = mayRestart;
        }

        Proposal run() {
            Stats stats = context.stats();
            long deadline = context.deadlineNanos();
            long start = System.nanoTime();
            long[][] inputs = new long[examples.inputs().size()][];
            for (int i = 0; i < inputs.length; i++) {
                List<Value> tuple = examples.inputs().get(i);
                inputs[i] = new long[tuple.size()];
                for (int j = 0; j < tuple.size(); j++) {
                    Long encoded = Enumerator.encode(tuple.get(j));
                    if (encoded == null) return new Proposal.Pass("bit-vectors wider than 64 bits are not enumerated yet");
                    inputs[i][j] = encoded;
                }
            }
            Guidance guidance = context.guidance();
            if (guidedUntil < 0) {
                // the safety net's moment is fixed once, at the first search: a share of the time then left
                guidedUntil = !guidance.guided() || !guidance.fallback() || deadline == Long.MAX_VALUE ? Long.MAX_VALUE
                        : start + (long) (guidance.guidedShare() * Math.max(0, deadline - start));
            }
            // a proposer that must load a model first starts out by size: most problems are solved within a few
            // thousand terms and never pay for the model; past that the search loads it and starts again with its weights
            boolean waiting = !fellBack && context.guidance().guided() && !context.proposer().ready();
            Weights weights = waiting ? Weights.uniform(grammar) : initialWeights(context);
            int adaptationsHere = 0;
            while (true) {
                Enumeration enumeration = new Enumeration(weights, inputs, adaptationsHere < MAX_ADAPTATIONS, waiting);
                waiting = false;
                Proposal result = enumeration.run();
                if (result != null) return result;
                weights = enumeration.restartWith;
                stats.proposerRestarts++;
                if (enumeration.adapted) adaptationsHere++;
            }
        }

        /** One enumeration with fixed weights: a proposal, or null to start again with {@link #restartWith}. */
        private final class Enumeration {
            private final Weights weights;
            private final long[][] inputs;
            private final boolean guiding;
            private final boolean adapting;
            Weights restartWith;
            boolean adapted;

            /** Enumerating by size until the proposer is ready. */
            private final boolean waiting;

            Enumeration(Weights weights, long[][] inputs, boolean mayAdapt, boolean waiting) {
                this.weights = weights;
                this.inputs = inputs;
                this.waiting = waiting;
                this.guiding = !fellBack && !waiting && context.guidance().guided();
                this.adapting = guiding && mayAdapt && context.guidance().adapt() && examples.pointwise()
                        && !examples.units().isEmpty();
            }

            Proposal run() {
                long start = System.nanoTime();
                Stats stats = context.stats();
                long deadline = context.deadlineNanos();
                CompiledGrammar compiled = new CompiledGrammar(grammar, f.params(), definitions, weights.costs(),
                        constantPool());
                long budget = Math.max(1 << 20, Runtime.getRuntime().maxMemory() / 8 / 3);
                Enumerator enumerator = new Enumerator(compiled, inputs, budget);
                stats.inputs = Math.max(stats.inputs, inputs.length);
                checker = new UnitChecker(examples, enumerator, f, definitions);
                ConstantHoles holes = context.constantHoles()
                        ? new ConstantHoles(examples, f, definitions, compiled, stats) : null;
                int unit = weights.unitCost();
                List<Conditional> conditionals = examples.pointwise() && !examples.units().isEmpty()
                        ? Conditional.of(compiled, definitions) : List.of();
                Unification unification = new Unification(conditionals, checker, stats, unit);
                PartialSolutions partials = adapting ? new PartialSolutions(enumerator, checker) : null;
                int[] found = {-1};
                boolean[] passedButBlocked = {false};
                // while waiting for the proposer: switch to its weights once the search has done its share by size, in
                // the middle of a level, since one level can hold ten times the terms of the last
                boolean[] switchToProposer = {false};
                boolean unify = !conditionals.isEmpty();
                Enumerator.Listener listener = (e, nt, id) -> {
                    if (nt == 0) {
                        if (checker.passesAll(id)) {
                            if (blocked.isEmpty() || !blocked.contains(e.term(id))) {
                                found[0] = id;
                                return false;
                            }
                            passedButBlocked[0] = true;
                        }
                        if (unify) unification.offerTerm(id);
                        if (partials != null) partials.offer(id);
                    }
                    if (unify) unification.offerPredicate(e, nt, id);
                    if (waiting && stats.termsGenerated + e.generated() >= MODEL_AFTER_TERMS) {
                        switchToProposer[0] = true;
                        return false;
                    }
                    return true;
                };
                long nextAdaptation = ADAPT_AFTER_TERMS;
                try {
                    while (true) {
                        long levelDeadline = guiding ? Math.min(deadline, guidedUntil) : deadline;
                        boolean complete = enumerator.nextLevel(listener, levelDeadline);
                        if (found[0] >= 0) return candidate(enumerator.term(found[0]), List.of(), "enumeration");
                        if (switchToProposer[0]) {
                            context.log("proposer loads after %d terms: enumerating with its weights", enumerator.generated());
                            context.proposer().prepare(problem, f, grammar, examples.forProposer());
                            restartWith = initialWeights(context);
                            return null;
                        }
                        if (!complete && guiding && !context.timeUp() && !enumerator.outOfMemory()
                                && System.nanoTime() >= guidedUntil) {
                            fellBack = true;
                            stats.fellBack = true;
                            context.log("guided search found nothing within its share of the time: uniform weights take over");
                            restartWith = Weights.uniform(grammar);
                            return null;
                        }
                        if (!complete || context.timeUp()) {
                            return new Proposal.Pass(enumerator.outOfMemory() ? "memory budget for terms exhausted" : "timeout");
                        }
                        // an exhausted enumeration has nothing better to do with its time than the shapes left
                        Proposal shaped = shapes(holes, enumerator, start, deadline,
                                enumerator.exhausted() ? 0 : ConstantHoles.SHARE);
                        if (shaped != null) return shaped;
                        Unification.Result unified = unification.attempt(enumerator, enumerator.inputCount());
                        if (unified != null && !blocked.contains(unified.body())) {
                            return candidate(unified.body(), unified.cases(), unified.how());
                        }
                        if (mayRestart && checker.metOffInputs() && enumerator.level() >= 2 * unit) {
                            return new Proposal.Pass("judging terms met inputs off the examples");
                        }
                        if (enumerator.exhausted()) {
                            if (compiled.complete() && enumerator.undefinedCount() == 0 && checker.judgedOnInputsAlone()
                                    && !passedButBlocked[0]) {
                                return new Proposal.Exhausted(new Certificate.Exhaustion(f.name(), examples.points(),
                                        examples.inputs(), enumerator.termCount()));
                            }
                            return new Proposal.Pass("grammar exhausted, but not on inputs that prove anything");
                        }
                        if (partials != null && enumerator.generated() >= nextAdaptation) {
                            nextAdaptation = enumerator.generated() * ADAPT_GROWTH;
                            if (partials.improved) {
                                partials.improved = false;
                                Weights next = weights.adapt(fit);
                                stats.adaptations++;
                                if (!java.util.Arrays.deepEquals(next.costs(), weights.costs())) {
                                    context.log("adaptation at level %d: %d partial solutions raise their productions",
                                            enumerator.level(), partials.count);
                                    restartWith = next;
                                    adapted = true;
                                    return null;
                                }
                            }
                        }
                    }
                } finally {
                    if (holes != null) holes.close();
                    stats.enumerationNanos += System.nanoTime() - start;
                    stats.termsGenerated += enumerator.generated();
                    stats.termsDistinct += enumerator.termCount();
                    stats.largestBank = Math.max(stats.largestBank, enumerator.termCount());
                }
            }
        }
    }

    /** A candidate from the shapes of {@code holes} (null for none) within {@code share} of the time (0: all of it). */
    private Proposal shapes(ConstantHoles holes, Enumerator enumerator, long start, long deadline, double share) {
        if (holes == null || !holes.active()) return null;
        // an exhausted enumeration (share 0) has nothing else to do: no waiting
        if (share > 0 && System.nanoTime() < holesFrom) return null;
        ConstantHoles.Found shape = holes.step(enumerator, start, deadline, share);
        if (shape == null) return null;
        learn(shape.constant());
        return blocked.contains(shape.term()) ? null : candidate(shape.term(), List.of(), "enumeration with a constant by Z3");
    }

    /** The literals for {@code (Constant S)}: the problem's pool and the constants Z3 found in earlier searches. */
    private Map<Sort, Set<Value>> constantPool() {
        Map<Sort, Set<Value>> pool = ConstantPool.of(problem, grammar);
        for (Map.Entry<Sort, Set<Value>> e : learned.entrySet()) {
            Set<Value> values = pool.get(e.getKey());
            if (values != null) values.addAll(e.getValue());
        }
        return pool;
    }

    private void learn(Value constant) {
        Set<Value> values = learned.computeIfAbsent(constant.sort(), s -> new LinkedHashSet<>());
        values.remove(constant);
        values.add(constant);
        if (values.size() > ConstantHoles.MAX_LEARNED) values.remove(values.iterator().next());
    }

    /** The proposer's weights for the current examples (uniform once the safety net took over), adapted by what partial solutions taught so far. */
    private Weights initialWeights(Context context) {
        if (fellBack) return Weights.uniform(grammar);
        Stats stats = context.stats();
        long t0 = System.nanoTime();
        long wait0 = context.proposer().waitNanos();
        Weights w = context.proposer().weights(problem, f, grammar, examples.forProposer());
        stats.proposerCall(System.nanoTime() - t0, context.proposer().waitNanos() - wait0);
        Weights result = context.guidance().adapt() && fitLearned ? w.adapt(fit) : w;
        if (context.log() != null && !context.proposer().uniform()) {
            int[][] costs = result.costs();
            for (int i = 0; i < costs.length; i++) {
                StringBuilder line = new StringBuilder();
                for (int j = 0; j < costs[i].length; j++) {
                    line.append(j == 0 ? "" : ", ").append(grammar.nonTerminals().get(i).productions().get(j))
                            .append(" ").append(costs[i][j]);
                }
                context.log("costs of %s: %s", grammar.nonTerminals().get(i).name(), line);
            }
        }
        return result;
    }

    /**
     * Partial solutions (Probe): start-symbol terms that meet a share of the example inputs, each new set of inputs
     * counted once (for its cheapest term). Every production in one raises {@link #fit} to the best share seen.
     */
    private final class PartialSolutions {
        private final Enumerator enumerator;
        private final UnitChecker checker;
        private final Set<BitSet> seen = new HashSet<>();
        private final int[][] counts;
        boolean improved;
        int count;

        PartialSolutions(Enumerator enumerator, UnitChecker checker) {
            this.enumerator = enumerator;
            this.checker = checker;
            counts = new int[grammar.nonTerminals().size()][];
            for (int i = 0; i < counts.length; i++) counts[i] = new int[grammar.nonTerminals().get(i).productions().size()];
        }

        void offer(int id) {
            if (count >= MAX_PARTIAL_SOLUTIONS) return;
            BitSet cover = checker.coverage(id);
            int met = cover.cardinality();
            int m = enumerator.inputCount();
            if (met == 0 || met == m || !seen.add(cover)) return;
            count++;
            double share = met / (double) m;
            for (int[] row : counts) java.util.Arrays.fill(row, 0);
            enumerator.countProductions(id, counts);
            for (int i = 0; i < counts.length; i++) {
                for (int j = 0; j < counts[i].length; j++) {
                    if (counts[i][j] > 0 && share > fit[i][j]) {
                        fit[i][j] = share;
                        improved = true;
                        fitLearned = true;
                    }
                }
            }
        }
    }

    private Proposal candidate(Term body, List<Term> cases, String how) {
        FunctionDefinition d = new FunctionDefinition(f.name(), f.params(), f.returnSort(), body);
        return new Proposal.Candidate(Map.of(f.name(), d), cases, how);
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


    /** The pools of divide-and-conquer unification: terms by what they cover, predicates by where they hold. */
    private final class Unification {
        private final List<Conditional> conditionals;
        private final UnitChecker checker;
        private final Stats stats;
        private final List<Integer> terms = new ArrayList<>();
        private final List<BitSet> covers = new ArrayList<>();
        private final Set<BitSet> seenCovers = new HashSet<>();
        private final List<int[]> predicates = new ArrayList<>(); // {conditional, term}
        private final List<BitSet> holds = new ArrayList<>();
        private final Set<BitSet> seenHolds = new HashSet<>();
        private boolean changed;

        /** The level at which the case split is due: a term-size threshold, in the weights' unit cost. */
        private final int caseSplitLevel;
        private boolean caseSplitForced;

        Unification(List<Conditional> conditionals, UnitChecker checker, Stats stats, int unitCost) {
            this.conditionals = conditionals;
            this.checker = checker;
            this.stats = stats;
            this.caseSplitLevel = MIN_LEVEL_FOR_CASE_SPLIT * unitCost;
        }

        /** A unified body; {@code cases} are the case split's conditions (empty for a decision tree). */
        record Result(Term body, List<Term> cases, String how) {}

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
        Result attempt(Enumerator e, int inputs) {
            // with few parameters a small tree is likely and its predicates come a few levels after the leaves: wait
            // for them before settling for the (larger) case split; with many, enumerating that far costs too much
            boolean waitForTree = f.params().size() <= 3 && e.level() < caseSplitLevel;
            boolean caseSplitDue = singleInvocation != null && e.level() >= caseSplitLevel && !caseSplitForced;
            if (caseSplitDue) caseSplitForced = true;
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
                return new Result(build(e, tree), List.of(), "divide-and-conquer unification");
            }
            if (singleInvocation != null && covered && !waitForTree) {
                List<Integer> order = new ArrayList<>();
                for (int i = 0; i < terms.size(); i++) order.add(i);
                order.sort((a, b) -> covers.get(b).cardinality() - covers.get(a).cardinality());
                List<Term> chosen = new ArrayList<>();
                for (int i : order) chosen.add(e.term(terms.get(i)));
                Term split = caseSplit(chosen, f);
                if (split != null) {
                    return new Result(split, caseConditions, "case split on the single-invocation specification");
                }
            }
            return tree == null ? null : new Result(build(e, tree), List.of(), "divide-and-conquer unification");
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
