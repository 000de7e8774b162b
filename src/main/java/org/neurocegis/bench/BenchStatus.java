package org.neurocegis.bench;

/** How one solver fared on one problem, as judged from its printed answer. */
public enum BenchStatus {
    /** A solution proved correct and inside the grammar, or {@code infeasible} for a problem known to be. */
    SOLVED("solved"),
    /**
     * A solution the verifier refutes, or {@code infeasible} for a problem not listed as infeasible that another
     * solver of the run (or the recorded baseline) solved with a verified solution.
     */
    WRONG("wrong"),
    /**
     * {@code infeasible} for a problem not known to be infeasible and that no other solver of the run solved: no
     * check from the text can confirm or refute it, so it counts neither as solved nor as wrong.
     */
    UNCONFIRMED("infeasible-unconfirmed"),
    /** A solution outside the synth-fun's grammar. */
    GRAMMAR_VIOLATION("grammar-violation"),
    /** No answer: {@code unknown}, or an answer the verifier could not decide. */
    UNKNOWN("unknown"),
    /** No answer within the time limit (the process was killed, or answered too late). */
    TIMEOUT("timeout"),
    /** A crash, a non-zero exit, the memory limit, unreadable output, or a problem our parser rejects. */
    ERROR("error");

    private final String label;

    BenchStatus(String label) {
        this.label = label;
    }

    /** The name used in CSV files and tables. */
    public String label() {
        return label;
    }

    /** The status with this label, or null. */
    public static BenchStatus fromLabel(String label) {
        for (BenchStatus s : values()) if (s.label.equals(label)) return s;
        return null;
    }
}
