package org.neurocegis.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of {@code neurocegis ARGS...} inside the test's JVM: its exit code and what it wrote. */
record CommandRun(int exit, String out, String err) {
    static CommandRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CommandRun(exit, out.toString(), err.toString());
    }
}
