package org.neurocegis.cli;

import java.lang.management.ManagementFactory;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: dispatches to the sub-commands. */
@Command(name = "neurocegis", mixinStandardHelpOptions = true, version = "NeuroCEGIS 0.1.0",
        description = "Program synthesis for SyGuS-IF problems (BV, LIA), by counterexample-guided inductive synthesis.",
        subcommands = {ParseCommand.class, SolveCommand.class, VerifyCommand.class, SketchCommand.class, BenchCommand.class, ProposerDataCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    /** Exit code for bad input (a file that does not parse or sort-check, or a missing file). */
    public static final int EXIT_BAD_INPUT = 2;
    /** Exit code for a failure of NeuroCEGIS itself. */
    public static final int EXIT_INTERNAL_ERROR = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (parse, solve, verify, sketch, bench)");
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("neurocegis: internal error: " + ex);
            return EXIT_INTERNAL_ERROR;
        });
        return cl;
    }

    /**
     * When the process began, in the clock of {@link System#currentTimeMillis()}: a time limit counts from there, as
     * the runner that enforces it sees it. Null when the commands run inside another program (tests).
     */
    static Long processStart;

    public static void main(String[] args) {
        processStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        System.exit(commandLine().execute(args));
    }
}
