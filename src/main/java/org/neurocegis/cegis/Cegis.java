package org.neurocegis.cegis;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.neurocegis.invariant.AtomRanking;
import org.neurocegis.invariant.InvariantEngine;
import org.neurocegis.invariant.TransitionSystem;
import org.neurocegis.search.DefaultGrammar;
import org.neurocegis.search.Proposer;
import org.neurocegis.sygus.Grammar;
import org.neurocegis.sygus.Problem;
import org.neurocegis.sygus.SynthFun;
import org.neurocegis.term.FunctionDefinition;
import org.neurocegis.term.Sort;
import org.neurocegis.term.Term;
import org.neurocegis.term.Value;
import org.neurocegis.verify.Certificate;
import org.neurocegis.verify.InfeasibilityChecker;
import org.neurocegis.verify.VerificationResult;
import org.neurocegis.verify.Verifier;

/**
 * Counterexample-guided inductive synthesis: the one loop. Points (sampled, then Z3's counterexamples) go to a
 * strategy, which proposes functions that meet them; Z3 proves a candidate or returns a counterexample, which joins
 * the points. Nothing leaves here as solved unless Z3 proved it, and nothing as infeasible unless its certificate
 * passed {@link InfeasibilityChecker}.
 */
public final class Cegis {
    /**
     * @param timeoutMillis wall-clock limit for the whole solve; 0 for none
     * @param z3TimeoutMillis limit for one Z3 check
     * @param log where to write one line per iteration (-v), or null
     * @param constantHoles whether the enumeration asks Z3 for the constants of {@code (Constant S)} ({@link ConstantHoles})
     * @param rankAtoms whether the invariant learner's atoms are ranked by the proposer ({@link AtomRanking})
     */
    public record Options(long timeoutMillis, int z3TimeoutMillis, Guidance guidance, long seed, PrintWriter log,
                          InvariantEngine.Kind invEngine, boolean constantHoles, boolean rankAtoms) {
        /** Whether {@code (Constant S)} holes are solved by Z3 during the search unless asked otherwise (measured). */
        public static final boolean CONSTANT_HOLES = true;
        /** Whether the invariant learner ranks its atoms by the proposer unless asked otherwise (measured). */
        public static final boolean RANK_ATOMS = false;

        public Options(long timeoutMillis, int z3TimeoutMillis, Guidance guidance, long seed, PrintWriter log,
                       InvariantEngine.Kind invEngine, boolean constantHoles) {
            this(timeoutMillis, z3TimeoutMillis, guidance, seed, log, invEngine, constantHoles, RANK_ATOMS);
        }

        public Options(long timeoutMillis, int z3TimeoutMillis, Guidance guidance, long seed, PrintWriter log,
                       InvariantEngine.Kind invEngine) {
            this(timeoutMillis, z3TimeoutMillis, guidance, seed, log, invEngine, CONSTANT_HOLES);
        }

        public Options(long timeoutMillis, int z3TimeoutMillis, Proposer proposer, long seed, PrintWriter log) {
            this(timeoutMillis, z3TimeoutMillis, Guidance.of(proposer), seed, log);
        }

        public Options(long timeoutMillis, int z3TimeoutMillis, Guidance guidance, long seed, PrintWriter log) {
            this(timeoutMillis, z3TimeoutMillis, guidance, seed, log, InvariantEngine.Kind.portfolio);
        }

        public Proposer proposer() {
            return guidance.proposer();
        }
    }

    private final Problem problem;
    private final Options options;
    private final Stats stats;
    private final long deadline;
    private final Strategy.Context context;

    private Cegis(Problem problem, Options options, Stats stats) {
        this.problem = problem;
        this.options = options;
        this.stats = stats;
        this.deadline = options.timeoutMillis() > 0 ? System.nanoTime() + options.timeoutMillis() * 1_000_000L : Long.MAX_VALUE;
        this.context = new Strategy.Context(options.guidance(), deadline, stats, options.log(), options.constantHoles());
    }

    public static Outcome solve(Problem problem, Options options, Stats stats) {
        long start = System.nanoTime();
        try {
            return new Cegis(problem, options, stats).run();
        } finally {
            stats.totalNanos = System.nanoTime() - start;
            stats.proposerLoadNanos = options.proposer().loadNanos();
        }
    }

    /** The strategies for a problem, in the order the loop tries them. */
    static List<Strategy> strategies(Problem problem, Obligations obligations, Problem.Specification spec, Stats stats) {
        return strategies(problem, obligations, spec, stats, InvariantEngine.Kind.portfolio, Options.RANK_ATOMS);
    }

    static List<Strategy> strategies(Problem problem, Obligations obligations, Problem.Specification spec, Stats stats,
                                     InvariantEngine.Kind invEngine, boolean rankAtoms) {
        List<SynthFun> functions = problem.synthFuns();
        List<Grammar> grammars = new ArrayList<>();
        for (SynthFun f : functions) {
            if (f.grammar().isEmpty()) stats.defaultGrammar = true;
            grammars.add(f.grammar().orElseGet(() -> DefaultGrammar.of(f)));
        }
        if (functions.size() > 1) return List.of(new JointSearch(problem, functions, grammars, obligations));
        SynthFun f = functions.get(0);
        Optional<TransitionSystem> system = TransitionSystem.of(problem);
        if (system.isPresent()) {
            return List.of(new InvariantStrategy(problem, system.get(), invEngine, rankAtoms), new SpecificationDefinition(problem, f),
                    new EnumerativeSearch(problem, f, grammars.get(0), obligations, spec));
        }
        return List.of(new SpecificationDefinition(problem, f),
                new EnumerativeSearch(problem, f, grammars.get(0), obligations, spec));
    }

    private Outcome run() {
        if (problem.synthFuns().isEmpty()) return new Outcome.Unknown("nothing to synthesise");
        Guidance g = options.guidance();
        stats.proposer = g.proposer().name() + (g.adapt() ? ", adaptation" : "") + (g.guided() && !g.fallback() ? ", no fallback" : "");
        try (Verifier verifier = new Verifier(problem, options.z3TimeoutMillis())) {
            try {
                Problem.Specification spec = verifier.specification();
                Set<String> names = new HashSet<>();
                for (SynthFun f : problem.synthFuns()) names.add(f.name());
                Obligations obligations = Obligations.of(spec, problem.definitionsByName(), names);
                return loop(strategies(problem, obligations, spec, stats, options.invEngine(), options.rankAtoms()), verifier, spec, obligations, names);
            } finally {
                stats.z3Checks = verifier.checks();
                stats.z3Nanos = verifier.nanos();
            }
        }
    }

    private Outcome loop(List<Strategy> strategies, Verifier verifier, Problem.Specification spec,
                         Obligations obligations, Set<String> names) {
        Residual residual = new Residual(problem.definitionsByName(), names);
        List<Map<String, Value>> points = new ArrayList<>();
        int wanted = 0;
        for (Strategy s : strategies) wanted = Math.max(wanted, s.seedPoints());
        List<Map<String, Value>> seeds = seed(spec, wanted, new Random(options.seed()), obligations.freeAssumes(), residual);
        for (Map<String, Value> point : seeds) {
            Outcome contradiction = addPoint(point, points, obligations, residual);
            if (contradiction != null) return contradiction;
        }
        int current = 0;
        String lastPass = "no strategy applies";
        while (true) {
            stats.iterations++;
            stats.examples = points.size();
            if (System.nanoTime() > deadline) return new Outcome.Unknown("timeout");
            if (current >= strategies.size()) return new Outcome.Unknown(lastPass);
            Strategy strategy = strategies.get(current);
            Strategy.Proposal proposal = strategy.propose(points, context);
            if (proposal instanceof Strategy.Proposal.Pass pass) {
                context.log("%s: %s", strategy.name(), pass.why());
                lastPass = pass.why();
                current++;
                continue;
            }
            if (proposal instanceof Strategy.Proposal.Exhausted exhausted) {
                return infeasible(exhausted.certificate(), strategy.name());
            }
            Strategy.Proposal.Candidate candidate = (Strategy.Proposal.Candidate) proposal;
            stats.candidatesVerified++;
            verifier.setTimeout(z3Timeout());
            VerificationResult verdict = null;
            if (!candidate.cases().isEmpty()) {
                // a case split is right iff some case holds everywhere: a much smaller query than the nested ites
                VerificationResult cases = verifier.verifyDisjunction(candidate.cases());
                if (!(cases instanceof VerificationResult.Proved)) verdict = cases;
            }
            if (verdict == null) verdict = verifier.verify(candidate.functions());
            if (options.log() != null) {
                StringBuilder bodies = new StringBuilder();
                for (FunctionDefinition d : candidate.functions().values()) bodies.append(' ').append(d.name()).append(" = ").append(d.body());
                context.log("iteration %d: %s proposes%s", stats.iterations, candidate.how(), bodies);
            }
            if (verdict instanceof VerificationResult.Proved) {
                stats.strategy = candidate.how();
                List<FunctionDefinition> solution = new ArrayList<>();
                for (SynthFun f : problem.synthFuns()) solution.add(candidate.functions().get(f.name()));
                return new Outcome.Solved(solution);
            }
            if (verdict instanceof VerificationResult.Unknown u) {
                return new Outcome.Unknown("Z3 could not decide a candidate: " + u.reason());
            }
            VerificationResult.Counterexample cex = (VerificationResult.Counterexample) verdict;
            context.log("iteration %d: counterexample %s breaks %s", stats.iterations, cex.point(), cex.obligation());
            if (points.contains(cex.point())) {
                // the candidate meets the spec there on our evaluation but not on Z3's: only an operator that
                // SMT-LIB leaves unspecified (division by zero) can do that; no point can rule it out
                if (strategy.setAside(candidate)) {
                    context.log("iteration %d: set aside (it rests on a value SMT-LIB leaves unspecified)", stats.iterations);
                    continue;
                }
                return new Outcome.Unknown("Z3's counterexample " + cex.point() + " is already an example");
            }
            Outcome contradiction = addPoint(cex.point(), points, obligations, residual);
            if (contradiction != null) return contradiction;
        }
    }

    /**
     * Adds a point; if some obligation there fails whatever the functions do, returns the outcome that this
     * contradiction leads to (infeasible once Z3 confirms it), else null.
     */
    private Outcome addPoint(Map<String, Value> point, List<Map<String, Value>> points, Obligations obligations,
                             Residual residual) {
        points.add(Map.copyOf(point));
        for (Obligations.Obligation o : obligations.conjuncts()) {
            if (residual.residual(o.formula(), point) instanceof Term.Lit l && !((Value.BoolValue) l.value()).value()) {
                return infeasible(new Certificate.Contradiction(point, o.label()), "the example set");
            }
        }
        return null;
    }

    /** Infeasible if the certificate passes the independent check; otherwise unknown, saying why. */
    private Outcome infeasible(Certificate certificate, String from) {
        context.log("%s: %s certificate: %s", from, certificate.kind(), certificate.describe());
        InfeasibilityChecker.Verdict check = InfeasibilityChecker.check(problem, certificate, deadline, z3Timeout());
        context.log("certificate check: %s", check.detail());
        if (check.confirmed()) {
            stats.strategy = from + " (" + certificate.kind() + ")";
            return new Outcome.Infeasible(certificate.kind() + ": " + certificate.describe() + "; " + check.detail());
        }
        return new Outcome.Unknown("no solution found, and the " + certificate.kind()
                + " certificate was not confirmed: " + check.detail());
    }

    /** The per-check limit, never past the deadline. */
    private int z3Timeout() {
        int limit = options.z3TimeoutMillis();
        if (deadline == Long.MAX_VALUE) return limit;
        long left = Math.max(1, (deadline - System.nanoTime()) / 1_000_000L);
        return (int) (limit > 0 ? Math.min(limit, left) : Math.min(Integer.MAX_VALUE, left));
    }

    /** Random points (the first of small values) for the universally quantified variables, where the assumes hold. */
    private static List<Map<String, Value>> seed(Problem.Specification spec, int wanted, Random random,
                                                 List<Term> freeAssumes, Residual residual) {
        List<Map<String, Value>> points = new ArrayList<>();
        if (spec.variables().isEmpty()) {
            points.add(Map.of());
            return points;
        }
        for (int tries = 0; points.size() < wanted && tries < 20 * wanted; tries++) {
            Map<String, Value> point = new HashMap<>();
            for (Term.Var v : spec.variables()) point.put(v.name(), sample(v.sort(), random, tries));
            if (residual.admits(freeAssumes, point) && !points.contains(point)) points.add(Map.copyOf(point));
        }
        return points;
    }

    private static Value sample(Sort s, Random random, int round) {
        if (s instanceof Sort.BitVecSort bv) {
            if (bv.width() > 64) return Value.BitVecValue.of(bv.width(), new java.math.BigInteger(bv.width(), random));
            return Value.BitVecValue.of(bv.width(), round == 0 ? random.nextInt(16) : random.nextLong());
        }
        if (s.equals(Sort.INT)) return Value.of(random.nextInt(round == 0 ? 5 : 21) - (round == 0 ? 0 : 10));
        return Value.of(random.nextBoolean());
    }
}
