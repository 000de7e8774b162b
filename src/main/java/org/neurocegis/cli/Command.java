package org.neurocegis.cli;

import java.io.PrintWriter;

import org.apache.commons.cli.Options;

/** A sub-command of {@code neurocegis}: its name, help text and options, and what it does with parsed arguments. */
interface Command {
    String name();

    /** What follows the options in the usage line ({@code FILE}, {@code DIR...}). */
    String operands();

    String description();

    /** Its options ({@code -h/--help} is added by {@link Main}). */
    Options options();

    /** Left out of the top-level help (tools for the project's own scripts). */
    default boolean hidden() {
        return false;
    }

    /**
     * Runs the command.
     *
     * @return the exit code
     * @throws Arguments.UsageException for arguments that do not make sense (exit code 2, with the message)
     */
    int run(Arguments args, PrintWriter out, PrintWriter err) throws Exception;
}
