package org.neurocegis.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;
import org.neurocegis.nativelib.NativeLibraries;
import org.neurocegis.nativelib.ProcessExit;
import org.neurocegis.verify.Z3Contexts;

/**
 * Entry point: dispatches to the sub-commands. Options are parsed with Commons CLI, which costs a few milliseconds
 * at start-up (an annotation-driven parser cost a third of the start-up time of an easy problem).
 */
public final class Main {
    /** Exit code for bad input (a file that does not parse or sort-check, a missing file, bad options). */
    public static final int EXIT_BAD_INPUT = 2;
    /** Exit code for a failure of NeuroCEGIS itself. */
    public static final int EXIT_INTERNAL_ERROR = 3;

    static final String VERSION = "NeuroCEGIS 0.1.0";
    private static final String DESCRIPTION =
            "Program synthesis for SyGuS-IF problems (BV, LIA), by counterexample-guided inductive synthesis.";
    private static final int WIDTH = 100;

    /** The sub-commands, made only when named: each builds its options when asked. */
    private static final List<Supplier<Command>> COMMANDS = List.of(ParseCommand::new, SolveCommand::new,
            VerifyCommand::new, SketchCommand::new, BenchCommand::new, ProposerDataCommand::new,
            StartUpTrainingCommand::new);

    private Main() {}

    /**
     * When the process began, in the clock of {@link System#currentTimeMillis()}: a time limit counts from there, as
     * the runner that enforces it sees it. Null when the commands run inside another program (tests).
     */
    static Long processStart;

    public static void main(String[] args) {
        processStart = processStartMillis();
        // Z3's library loads, and its first context is made, on a second core while the JVM, the options and the
        // problem are dealt with
        if (args.length > 0 && (args[0].equals("solve") || args[0].equals("start-up-training"))) Z3Contexts.preload();
        NativeLibraries.sweepCacheTemporaryFolder();
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int code = run(out, err, args);
        Z3Contexts.awaitPreload();
        ProcessExit.exit(code);
    }

    /**
     * When this process began, from /proc, not the management bean (setting up JMX costs 40 ms of start-up): its start
     * in clock ticks since boot against the uptime, both to a hundredth of a second. ProcessHandle's start instant
     * counts from a boot time in whole seconds, up to a second early, which cut a time limit by as much.
     */
    static long processStartMillis() {
        long now = System.currentTimeMillis();
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            // the fields after the command's name, which is in parentheses and may hold spaces: the start time is 22nd
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long startTicks = Long.parseLong(fields[22 - 3]);
            double uptime = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
            // Linux reports these ticks in USER_HZ, 100 on every architecture we run on
            long ago = Math.round((uptime - startTicks / 100.0) * 1000);
            if (ago >= 0 && ago < 600_000) return now - ago;
        } catch (IOException | RuntimeException e) {
            // not Linux: the JDK's estimate
        }
        return ProcessHandle.current().info().startInstant().map(java.time.Instant::toEpochMilli).orElse(now);
    }

    /** Runs {@code neurocegis ARGS...}, writing to {@code out} and {@code err}; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        if (args.length == 0) {
            err.println("neurocegis: a command is required (parse, solve, verify, sketch, bench)");
            err.println("Try 'neurocegis --help'.");
            err.flush();
            return EXIT_BAD_INPUT;
        }
        switch (args[0]) {
            case "-h", "--help" -> {
                topHelp(out);
                return 0;
            }
            case "-V", "--version" -> {
                out.println(VERSION);
                out.flush();
                return 0;
            }
            case "help" -> {
                if (args.length == 1) {
                    topHelp(out);
                    return 0;
                }
                Command c = command(args[1]);
                if (c == null) return unknownCommand(args[1], err);
                help(c, out);
                return 0;
            }
            default -> {
                Command c = command(args[0]);
                if (c == null) return unknownCommand(args[0], err);
                return run(c, out, err, Arrays.copyOfRange(args, 1, args.length));
            }
        }
    }

    /** Runs one command with its arguments (the command's name left out). */
    static int run(Command command, PrintWriter out, PrintWriter err, String... args) {
        Options options = withHelp(command.options());
        try {
            org.apache.commons.cli.CommandLine line = DefaultParser.builder().setAllowPartialMatching(false).build()
                    .parse(options, args);
            if (line.hasOption("help")) {
                help(command, out);
                return 0;
            }
            return command.run(new Arguments(line), out, err);
        } catch (ParseException | Arguments.UsageException e) {
            err.println("neurocegis " + command.name() + ": " + e.getMessage());
            err.println("Try 'neurocegis " + command.name() + " --help'.");
            err.flush();
            return EXIT_BAD_INPUT;
        } catch (Exception e) {
            err.println("neurocegis: internal error: " + e);
            err.flush();
            return EXIT_INTERNAL_ERROR;
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static Command command(String name) {
        for (Supplier<Command> s : COMMANDS) {
            Command c = s.get();
            if (c.name().equals(name)) return c;
        }
        return null;
    }

    private static int unknownCommand(String name, PrintWriter err) {
        err.println("neurocegis: unknown command '" + name + "' (parse, solve, verify, sketch, bench)");
        err.println("Try 'neurocegis --help'.");
        err.flush();
        return EXIT_BAD_INPUT;
    }

    private static Options withHelp(Options options) {
        return options.addOption(Option.builder("h").longOpt("help").desc("show this help and exit").build());
    }

    private static void topHelp(PrintWriter out) {
        out.println("Usage: neurocegis COMMAND [OPTIONS] ARGS...");
        out.println(DESCRIPTION);
        out.println();
        out.println("Commands:");
        for (Supplier<Command> s : COMMANDS) {
            Command c = s.get();
            if (!c.hidden()) out.printf("  %-7s %s%n", c.name(), firstSentence(c.description()));
        }
        out.printf("  %-7s %s%n", "help", "show the help of a command (also: neurocegis COMMAND --help)");
        out.println();
        out.println("Options:");
        out.println("  -h, --help      show this help and exit");
        out.println("  -V, --version   print the version and exit");
        out.flush();
    }

    private static void help(Command c, PrintWriter out) {
        // options without a description are for tests and scripts: left out of the help
        Options shown = new Options();
        for (Option o : withHelp(c.options()).getOptions()) if (o.getDescription() != null) shown.addOption(o);
        HelpFormatter formatter = new HelpFormatter();
        formatter.setSyntaxPrefix("Usage: ");
        formatter.printHelp(out, WIDTH, "neurocegis " + c.name() + " [OPTIONS] " + c.operands(),
                c.description() + "\n\nOptions:", shown, 2, 3, null, false);
        out.println();
        out.flush();
    }

    private static String firstSentence(String text) {
        int dot = text.indexOf(". ");
        return dot < 0 ? text : text.substring(0, dot + 1);
    }
}
