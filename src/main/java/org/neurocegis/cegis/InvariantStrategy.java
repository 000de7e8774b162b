package org.neurocegis.cegis;

import java.util.List;
import java.util.Map;

import org.neurocegis.invariant.AtomRanking;
import org.neurocegis.invariant.IceRounds;
import org.neurocegis.invariant.InvariantEngine;
import org.neurocegis.invariant.TransitionSystem;
import org.neurocegis.sygus.Derivation;
import org.neurocegis.sygus.Problem;
import org.neurocegis.sygus.SynthFun;
import org.neurocegis.term.FunctionDefinition;
import org.neurocegis.term.Sort;
import org.neurocegis.term.Value;
import org.neurocegis.verify.InfeasibilityChecker;

/**
 * The invariant lanes as a strategy: one proposal from {@link InvariantEngine} (a candidate that the loop proves
 * like any other, or a trace that the loop has replayed), then it passes, leaving the rest of the time to the
 * enumeration.
 */
final class InvariantStrategy implements Strategy {
    /** The share of the time left that the lanes may use before the enumeration gets its turn. */
    private static final double SHARE = 0.8;

    private final Problem problem;
    private final TransitionSystem system;
    private final InvariantEngine.Kind kind;
    /** Whether our learner ranks its atoms by the solve's proposer. */
    private final boolean rankAtoms;
    private boolean done;
    /** The lane of the last result, for the name. */
    private String lane;

    InvariantStrategy(Problem problem, TransitionSystem system, InvariantEngine.Kind kind, boolean rankAtoms) {
        this.problem = problem;
        this.system = system;
        this.kind = kind;
        this.rankAtoms = rankAtoms;
    }

    @Override public String name() {
        return lane == null ? "invariant lanes (" + kind + ")" : "invariant lane " + lane;
    }

    @Override public int seedPoints() {
        return 0;
    }

    @Override public Proposal propose(List<Map<String, Value>> points, Context context) {
        if (done) return new Proposal.Pass("the invariant lanes have nothing more");
        done = true;
        long now = System.nanoTime();
        long deadline = context.deadlineNanos() == Long.MAX_VALUE ? Long.MAX_VALUE
                : now + (long) ((context.deadlineNanos() - now) * SHARE);
        IceRounds rounds = new IceRounds();
        context.stats().iceRounds = rounds;
        InvariantEngine.Result result = InvariantEngine.run(system, kind, deadline,
                t -> InfeasibilityChecker.check(problem, t, context.deadlineNanos(), 0).confirmed(),
                body -> Derivation.derivable(system.invariant(), body),
                rankAtoms ? AtomRanking.of(context.proposer(), problem) : AtomRanking.FIXED, rounds, context.log());
        if (result instanceof InvariantEngine.Result.Unsafe unsafe) {
            lane = unsafe.lane();
            return new Proposal.Exhausted(unsafe.trace());
        }
        if (result instanceof InvariantEngine.Result.Found found) {
            SynthFun inv = system.invariant();
            if (!Derivation.derivable(inv, found.body())) {
                return new Proposal.Pass(found.lane() + "'s invariant is not derivable from the grammar of " + inv.name());
            }
            FunctionDefinition d = new FunctionDefinition(inv.name(), inv.params(), Sort.BOOL, found.body());
            return new Proposal.Candidate(Map.of(inv.name(), d), List.of(), "invariant lane " + found.lane());
        }
        return new Proposal.Pass(((InvariantEngine.Result.NotFound) result).why());
    }
}
