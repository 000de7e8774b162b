package org.neurocegis.cegis;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;

import org.neurocegis.search.Proposer;
import org.neurocegis.term.FunctionDefinition;
import org.neurocegis.term.Term;
import org.neurocegis.term.Value;
import org.neurocegis.verify.Certificate;

/**
 * One way of proposing candidates to the CEGIS loop. The loop owns the points and the verifier; a strategy reads the
 * points (which only grow between calls) and proposes functions that meet the specification at all of them. Only a
 * strategy that can back it with a certificate may say that no function exists.
 */
public interface Strategy {
    /** A name for {@code --stats} and {@code -v}. */
    String name();

    /** How many sampled points the strategy would like before its first proposal. */
    default int seedPoints() {
        return 4;
    }

    Proposal propose(List<Map<String, Value>> points, Context context);

    /**
     * Told when a candidate meets every point on our evaluation, yet Z3 refutes it at one of them (it rests on a value
     * SMT-LIB leaves unspecified): true if the strategy will not propose it again, false if it cannot promise that.
     */
    default boolean setAside(Proposal.Candidate candidate) {
        return false;
    }

    /**
     * What a proposal may use: how the grammar is weighted, the deadline, the statistics to fill, and whether
     * {@code (Constant S)} holes may be solved by Z3 during the search ({@link ConstantHoles}).
     */
    record Context(Guidance guidance, long deadlineNanos, Stats stats, PrintWriter log, boolean constantHoles) {
        Context(Proposer proposer, long deadlineNanos, Stats stats, PrintWriter log) {
            this(Guidance.of(proposer), deadlineNanos, stats, log, Cegis.Options.CONSTANT_HOLES);
        }

        Proposer proposer() {
            return guidance.proposer();
        }

        boolean timeUp() {
            return System.nanoTime() > deadlineNanos;
        }

        /** One line of the {@code -v} log, if there is one. */
        void log(String format, Object... args) {
            if (log != null) {
                log.printf("; " + format + "%n", args);
                log.flush();
            }
        }
    }

    /** What a strategy answers. */
    sealed interface Proposal {
        /**
         * Bodies for every function to synthesise, meeting every point. {@code cases}, if not empty, are conditions
         * of which one holds wherever the candidate is right (a case split): the loop checks that smaller query first.
         */
        record Candidate(Map<String, FunctionDefinition> functions, List<Term> cases, String how) implements Proposal {
            public Candidate {
                functions = Map.copyOf(functions);
                cases = List.copyOf(cases);
            }
        }

        /** No function of the grammar meets the points, with the evidence for the loop to check. */
        record Exhausted(Certificate certificate) implements Proposal {}

        /** Nothing (more) from this strategy: the loop moves on to the next one, or answers unknown with the reason. */
        record Pass(String why) implements Proposal {}
    }
}
