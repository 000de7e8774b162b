package org.neurocegis.cegis;

import java.util.Locale;

/** What one solve did, for {@code --stats}. */
public final class Stats {
    public int iterations;
    public long candidatesVerified;
    public long termsGenerated;
    public long termsDistinct;
    public long enumerationNanos;
    public long z3Checks;
    public long z3Nanos;
    public long totalNanos;
    public int examples;
    public int inputs;
    public int largestBank;
    public int unifications;
    public boolean defaultGrammar;
    public String strategy = "none";
    public String proposer = "uniform";
    public long proposerLoadNanos;
    /** How long the search waited for the proposer to load (it loads in the background while the search goes on). */
    public long proposerWaitNanos;
    public int proposerCalls;
    public long proposerNanos;
    /** The slowest proposer call (its per-call time, loading excluded). */
    public long proposerMaxCallNanos;
    /** Enumerations started again with new weights: adaptations and the fallback to uniform weights. */
    public int proposerRestarts;
    public int adaptations;
    public boolean fellBack;
    /** Constants by Z3 in the search: shapes tried, Z3 checks, constants that met every example, time. */
    public long constantShapes;
    public long constantZ3Checks;
    public int constantsFound;
    public long constantNanos;
    /** Our invariant learner's rounds, where the invariant lanes ran (null elsewhere). */
    public org.neurocegis.invariant.IceRounds iceRounds;

    /** Records one call of the proposer that took {@code nanos}, of which {@code waitNanos} waiting for its model. */
    public void proposerCall(long nanos, long waitNanos) {
        proposerCalls++;
        proposerWaitNanos += waitNanos;
        proposerNanos += nanos - waitNanos;
        proposerMaxCallNanos = Math.max(proposerMaxCallNanos, nanos - waitNanos);
    }

    public String format() {
        double enumSeconds = enumerationNanos / 1e9;
        return String.format(Locale.ROOT, String.join("\n",
                "; iterations               %d",
                "; candidates verified      %d",
                "; examples (points)        %d",
                "; example inputs           %d",
                "; terms generated          %d",
                "; distinct terms (bank)    %d (largest bank %d)",
                "; enumeration time         %.3f s",
                "; distinct terms / second  %.0f",
                "; terms generated / second %.0f",
                "; unifications tried       %d",
                "; Z3 checks                %d",
                "; Z3 time                  %.3f s",
                "; total time               %.3f s",
                "; grammar                  %s",
                "; proposer                 %s",
                "; proposer load time       %.3f s (search waited %.3f s)",
                "; proposer calls           %d",
                "; proposer time            %.3f s",
                "; proposer slowest call    %.4f s",
                "; proposer restarts        %d (adaptations %d, fallback to uniform %s)",
                "; constants by Z3          %d shapes, %d Z3 checks, %d found, %.3f s",
                "; solved by                %s"),
                iterations, candidatesVerified, examples, inputs, termsGenerated, termsDistinct, largestBank, enumSeconds,
                enumSeconds > 0 ? termsDistinct / enumSeconds : 0.0, enumSeconds > 0 ? termsGenerated / enumSeconds : 0.0,
                unifications, z3Checks, z3Nanos / 1e9, totalNanos / 1e9,
                defaultGrammar ? "default (no grammar given)" : "from the problem", proposer, proposerLoadNanos / 1e9,
                proposerWaitNanos / 1e9,
                proposerCalls, proposerNanos / 1e9, proposerMaxCallNanos / 1e9, proposerRestarts, adaptations,
                fellBack ? "yes" : "no", constantShapes, constantZ3Checks, constantsFound, constantNanos / 1e9, strategy)
                + (iceRounds == null ? "" : "\n; invariant learner rounds " + iceRounds.format());
    }
}
