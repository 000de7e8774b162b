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
                "; solved by                %s"),
                iterations, candidatesVerified, examples, inputs, termsGenerated, termsDistinct, largestBank, enumSeconds,
                enumSeconds > 0 ? termsDistinct / enumSeconds : 0.0, enumSeconds > 0 ? termsGenerated / enumSeconds : 0.0,
                unifications, z3Checks, z3Nanos / 1e9, totalNanos / 1e9,
                defaultGrammar ? "default (no grammar given)" : "from the problem", proposer, strategy);
    }
}
