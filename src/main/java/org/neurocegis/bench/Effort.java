package org.neurocegis.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The search effort our solver reports with {@code solve --stats} (lines such as {@code ; terms generated  123} on
 * stderr). Each figure is null when the run did not report it (another solver, a run killed before it printed its
 * statistics, or a build that does not print that line). {@code proposerSeconds} is the proposer's load time plus
 * its time in calls, or whichever of the two was reported; {@code solvedBy} the strategy (or invariant lane) that
 * solved it.
 */
public record Effort(Long termsGenerated, Long termsDistinct, Long iterations, Double proposerSeconds, String solvedBy) {
    public static final Effort NONE = new Effort(null, null, null, null, null);

    public Effort(Long termsGenerated, Long termsDistinct, Long iterations, Double proposerSeconds) {
        this(termsGenerated, termsDistinct, iterations, proposerSeconds, null);
    }

    /** How much of the end of a stderr file is read: the statistics are its last lines. */
    private static final long TAIL_BYTES = 1L << 20;

    private static final Pattern TERMS_GENERATED = line("terms generated[ \\t]+(\\d+)");
    private static final Pattern TERMS_DISTINCT = line("distinct terms \\(bank\\)[ \\t]+(\\d+)(?:[ \\t].*)?");
    private static final Pattern ITERATIONS = line("iterations[ \\t]+(\\d+)");
    private static final Pattern PROPOSER_LOAD = line("proposer load time[ \\t]+(\\S+)[ \\t]*s");
    private static final Pattern SOLVED_BY = line("solved by[ \\t]+(\\S.*?)");
    private static final Pattern PROPOSER_TIME = line("proposer time[ \\t]+(\\S+)[ \\t]*s");

    private static Pattern line(String body) {
        return Pattern.compile("^;[ \\t]*" + body + "[ \\t\\r]*$", Pattern.MULTILINE);
    }

    /** The figures in {@code stderr} (the last occurrence of each line wins); missing or malformed lines stay null. */
    public static Effort parse(String stderr) {
        if (stderr == null || stderr.isEmpty()) return NONE;
        Double load = decimal(last(PROPOSER_LOAD, stderr));
        Double calls = decimal(last(PROPOSER_TIME, stderr));
        Double proposer = load == null ? calls : calls == null ? load : Double.valueOf(load + calls);
        return new Effort(integer(last(TERMS_GENERATED, stderr)), integer(last(TERMS_DISTINCT, stderr)),
                integer(last(ITERATIONS, stderr)), proposer, last(SOLVED_BY, stderr));
    }

    /** The figures in the stderr file of a run (its last MiB); none when it cannot be read. */
    public static Effort read(Path stderrFile) {
        try (InputStream in = Files.newInputStream(stderrFile)) {
            in.skipNBytes(Math.max(0, Files.size(stderrFile) - TAIL_BYTES));
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException ex) {
            return NONE;
        }
    }

    private static String last(Pattern p, String text) {
        Matcher m = p.matcher(text);
        String found = null;
        while (m.find()) found = m.group(1);
        return found;
    }

    private static Long integer(String s) {
        if (s == null) return null;
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException ex) {
            return null;
        }
    }

    private static Double decimal(String s) {
        if (s == null) return null;
        try {
            double d = Double.parseDouble(s);
            return Double.isFinite(d) && d >= 0 ? d : null;
        } catch (NumberFormatException ex) {
            return null;
        }
    }
}
