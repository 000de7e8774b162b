package org.neurocegis.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.cli.CommandLine;

/** A parsed command line with typed access: a value that does not parse is a {@link UsageException} naming the option. */
final class Arguments {
    /** Arguments that do not make sense: reported with the message, exit code 2. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    private final CommandLine line;

    Arguments(CommandLine line) {
        this.line = line;
    }

    boolean flag(String option) {
        return line.hasOption(option);
    }

    String text(String option, String otherwise) {
        return line.getOptionValue(option, otherwise);
    }

    /** Every value of a repeatable option, in order. */
    List<String> texts(String option) {
        String[] values = line.getOptionValues(option);
        return values == null ? List.of() : List.of(values);
    }

    /** The long names of the options given. */
    List<String> given() {
        List<String> names = new ArrayList<>();
        for (org.apache.commons.cli.Option o : line.getOptions()) names.add(o.getLongOpt() != null ? o.getLongOpt() : o.getOpt());
        return names;
    }

    double decimal(String option, double otherwise) {
        String v = line.getOptionValue(option);
        if (v == null) return otherwise;
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + option + ": '" + v + "' is not a number");
        }
    }

    long integer(String option, long otherwise) {
        String v = line.getOptionValue(option);
        if (v == null) return otherwise;
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + option + ": '" + v + "' is not a whole number");
        }
    }

    Path path(String option) {
        String v = line.getOptionValue(option);
        return v == null ? null : toPath("--" + option, v);
    }

    <E extends Enum<E>> E choice(String option, Class<E> kind, E otherwise) {
        String v = line.getOptionValue(option);
        if (v == null) return otherwise;
        for (E e : kind.getEnumConstants()) if (e.name().equals(v)) return e;
        List<String> names = new ArrayList<>();
        for (E e : kind.getEnumConstants()) names.add(e.name());
        throw new UsageException("--" + option + ": '" + v + "' is not one of " + String.join(", ", names));
    }

    /** Exactly {@code n} operands, as written (a candidate file may be "-"). */
    List<String> texts(int n) {
        List<String> rest = line.getArgList();
        if (rest.size() < n) throw new UsageException("expected " + n + " arguments, got " + rest.size());
        if (rest.size() > n) throw new UsageException("unexpected argument '" + rest.get(n) + "'");
        return List.copyOf(rest);
    }

    /** The operands (arguments that are not options), at least {@code min} and at most {@code max} of them. */
    List<Path> operands(String label, int min, int max) {
        List<String> rest = line.getArgList();
        if (rest.size() < min) throw new UsageException("missing " + label);
        if (rest.size() > max) throw new UsageException("unexpected argument '" + rest.get(max) + "'");
        List<Path> paths = new ArrayList<>();
        for (String r : rest) paths.add(toPath(label, r));
        return paths;
    }

    private static Path toPath(String what, String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new UsageException(what + ": '" + text + "' is not a path" + (e.getReason() == null ? ""
                    : " (" + e.getReason().toLowerCase(Locale.ROOT) + ")"));
        }
    }
}
