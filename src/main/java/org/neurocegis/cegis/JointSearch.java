package org.neurocegis.cegis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neurocegis.search.CompiledGrammar;
import org.neurocegis.search.ConstantPool;
import org.neurocegis.search.Enumerator;
import org.neurocegis.search.Weights;
import org.neurocegis.sygus.Grammar;
import org.neurocegis.sygus.Problem;
import org.neurocegis.sygus.SynthFun;
import org.neurocegis.term.Evaluator;
import org.neurocegis.term.FunctionDefinition;
import org.neurocegis.term.Term;
import org.neurocegis.term.Value;

/**
 * The search for several functions at once: one enumerator per function over the inputs at which the constraints
 * call it, and tuples of their terms tried in increasing total cost. A constraint is checked as soon as every
 * function it mentions has a term, so that a constraint tying one function to others (e.g.
 * {@code (= (g x) (+ (f x) (f x)))}) prunes the tuples early.
 */
final class JointSearch implements Strategy {
    private final Problem problem;
    private final List<SynthFun> functions;
    private final List<Grammar> grammars;
    private final Map<String, FunctionDefinition> definitions;
    private final Residual residual;
    private final Obligations obligations;

    JointSearch(Problem problem, List<SynthFun> functions, List<Grammar> grammars, Obligations obligations) {
        this.problem = problem;
        this.functions = functions;
        this.grammars = grammars;
        this.definitions = problem.definitionsByName();
        Set<String> names = new java.util.HashSet<>();
        for (SynthFun f : functions) names.add(f.name());
        this.residual = new Residual(definitions, names);
        this.obligations = obligations;
    }

    @Override public String name() {
        return "joint enumeration of " + functions.size() + " functions";
    }

    @Override public Proposal propose(List<Map<String, Value>> points, Context context) {
        Map<String, FunctionDefinition> found = search(points, context.deadlineNanos(), context.stats());
        if (found != null) return new Proposal.Candidate(found, List.of(), name());
        return new Proposal.Pass(context.timeUp() ? "timeout" : "no tuple of terms meets the examples");
    }

    /** A unit: a residual constraint, checked once the functions up to {@code lastFunction} have terms. */
    private record Unit(Term residual, int lastFunction) {}

    /** Finds a tuple of terms meeting every point, or null at the deadline (or when memory runs out). */
    private Map<String, FunctionDefinition> search(List<Map<String, Value>> points, long deadline,
                                                   Stats stats) {
        int k = functions.size();
        List<Map<List<Value>, Integer>> inputIndex = new ArrayList<>();
        for (int i = 0; i < k; i++) inputIndex.add(new LinkedHashMap<>());
        List<Unit> units = new ArrayList<>();
        for (Map<String, Value> point : points) {
            for (Obligations.Obligation o : obligations.conjuncts()) {
                Term r = residual.residual(o.formula(), point);
                if (r instanceof Term.Lit l) {
                    if (!((Value.BoolValue) l.value()).value()) return null; // fails whatever the functions do
                    continue;
                }
                int[] last = {0};
                collect(r, inputIndex, last);
                units.add(new Unit(r, last[0]));
            }
        }
        List<Enumerator> enumerators = new ArrayList<>();
        long budget = Math.max(1 << 20, Runtime.getRuntime().maxMemory() / 8 / 3 / k);
        for (int i = 0; i < k; i++) {
            SynthFun f = functions.get(i);
            List<List<Value>> tuples = new ArrayList<>(inputIndex.get(i).keySet());
            long[][] inputs = new long[tuples.size()][];
            for (int r = 0; r < inputs.length; r++) {
                inputs[r] = new long[tuples.get(r).size()];
                for (int j = 0; j < inputs[r].length; j++) {
                    Long e = Enumerator.encode(tuples.get(r).get(j));
                    if (e == null) return null;
                    inputs[r][j] = e;
                }
            }
            // not guided yet: the model is trained on one function at a time, and this search has no safety net
            int[][] costs = Weights.uniform(grammars.get(i)).costs();
            CompiledGrammar g = new CompiledGrammar(grammars.get(i), f.params(), definitions, costs,
                    ConstantPool.of(problem, grammars.get(i)));
            enumerators.add(new Enumerator(g, inputs, budget));
        }
        List<List<Integer>> unitsByFunction = new ArrayList<>();
        for (int i = 0; i < k; i++) unitsByFunction.add(new ArrayList<>());
        for (int u = 0; u < units.size(); u++) unitsByFunction.get(units.get(u).lastFunction()).add(u);

        int[] chosen = new int[k];
        Term[] bodies = new Term[k];
        Map<String, Evaluator.Oracle> oracles = new HashMap<>();
        Evaluator plain = new Evaluator(definitions);
        for (int i = 0; i < k; i++) {
            final int fi = i;
            SynthFun f = functions.get(i);
            oracles.put(f.name(), args -> {
                Integer idx = inputIndex.get(fi).get(args);
                if (idx != null) return Enumerator.decode(enumerators.get(fi).value(chosen[fi], idx), f.returnSort());
                if (bodies[fi] == null) bodies[fi] = enumerators.get(fi).term(chosen[fi]);
                Map<String, Value> env = new HashMap<>();
                for (int p = 0; p < args.size(); p++) env.put(f.params().get(p).name(), args.get(p));
                return plain.eval(bodies[fi], env);
            });
        }
        Evaluator evaluator = new Evaluator(definitions, oracles);
        Tuples tuples = new Tuples(enumerators, units, unitsByFunction, evaluator, chosen, bodies, deadline);
        long start = System.nanoTime();
        try {
            for (int total = k; ; total++) {
                if (System.nanoTime() > deadline) return null;
                if (tuples.choose(0, total)) {
                    Map<String, FunctionDefinition> result = new LinkedHashMap<>();
                    for (int i = 0; i < k; i++) {
                        SynthFun f = functions.get(i);
                        result.put(f.name(), new FunctionDefinition(f.name(), f.params(), f.returnSort(),
                                enumerators.get(i).term(chosen[i])));
                    }
                    return result;
                }
                if (tuples.failed) return null;
                boolean allExhausted = true;
                for (Enumerator e : enumerators) allExhausted &= e.exhausted() && e.level() < total;
                if (allExhausted) return null;
            }
        } finally {
            stats.enumerationNanos += System.nanoTime() - start;
            for (Enumerator e : enumerators) {
                stats.termsGenerated += e.generated();
                stats.termsDistinct += e.termCount();
                stats.largestBank = Math.max(stats.largestBank, e.termCount());
            }
        }
    }

    /** Records the inputs of calls with literal arguments and the last function the residual mentions. */
    private void collect(Term t, List<Map<List<Value>, Integer>> inputIndex, int[] last) {
        if (t instanceof Term.Call c) {
            boolean literal = true;
            for (Term a : c.args()) {
                collect(a, inputIndex, last);
                literal &= a instanceof Term.Lit;
            }
            for (int i = 0; i < functions.size(); i++) {
                if (!functions.get(i).name().equals(c.function())) continue;
                last[0] = Math.max(last[0], i);
                if (literal) {
                    List<Value> tuple = new ArrayList<>();
                    for (Term a : c.args()) tuple.add(((Term.Lit) a).value());
                    Map<List<Value>, Integer> index = inputIndex.get(i);
                    index.putIfAbsent(tuple, index.size());
                }
            }
        } else if (t instanceof Term.App a) {
            for (Term x : a.args()) collect(x, inputIndex, last);
        } else if (t instanceof Term.Let) {
            last[0] = functions.size() - 1;
        }
    }

    /** The depth-first walk over tuples of one total cost. */
    private static final class Tuples {
        private final List<Enumerator> enumerators;
        private final List<Unit> units;
        private final List<List<Integer>> unitsByFunction;
        private final Evaluator evaluator;
        private final int[] chosen;
        private final Term[] bodies;
        private final long deadline;
        private long steps;
        boolean failed;

        Tuples(List<Enumerator> enumerators, List<Unit> units, List<List<Integer>> unitsByFunction,
               Evaluator evaluator, int[] chosen, Term[] bodies, long deadline) {
            this.enumerators = enumerators;
            this.units = units;
            this.unitsByFunction = unitsByFunction;
            this.evaluator = evaluator;
            this.chosen = chosen;
            this.bodies = bodies;
            this.deadline = deadline;
        }

        /** Chooses terms for functions i.. with costs summing to {@code budget}; true when a tuple fits. */
        boolean choose(int i, int budget) {
            int k = enumerators.size();
            int rest = k - i - 1;
            int from = rest == 0 ? budget : 1;
            for (int c = from; c <= budget - rest; c++) {
                Enumerator e = enumerators.get(i);
                while (e.level() < c) {
                    if (!e.nextLevel((en, nt, id) -> true, deadline)) {
                        failed = true;
                        return false;
                    }
                }
                Enumerator.IntList terms = e.termsOfCost(0, c);
                for (int t = 0; t < terms.size(); t++) {
                    if ((++steps & 0x3FF) == 0 && System.nanoTime() > deadline) {
                        failed = true;
                        return false;
                    }
                    chosen[i] = terms.get(t);
                    bodies[i] = null;
                    if (!meets(i)) continue;
                    if (i == k - 1 || choose(i + 1, budget - c)) return true;
                    if (failed) return false;
                }
            }
            return false;
        }

        private boolean meets(int function) {
            for (int u : unitsByFunction.get(function)) {
                try {
                    Value v = evaluator.eval(units.get(u).residual(), Map.of());
                    if (!((Value.BoolValue) v).value()) return false;
                } catch (ArithmeticException ex) {
                    return false;
                }
            }
            return true;
        }
    }
}
