package org.neurocegis.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neurocegis.cli.Main;


/** Small problems, fake solvers (bash scripts) and a way to run {@code neurocegis bench} in-process. */
public final class BenchFixtures {
    private BenchFixtures() {}

    /** f(x) = x + 1 over a grammar that can say it. */
    public static final String INC = """
            (set-logic LIA)
            (synth-fun f ((x Int)) Int
              ((Start Int))
              ((Start Int (x 0 1 (+ Start Start)))))
            (declare-var x Int)
            (constraint (= (f x) (+ x 1)))
            (check-synth)
            """;

    /** f(x) = x + 1 over a grammar that cannot: truly infeasible. */
    static final String INC_INFEASIBLE = """
            (set-logic LIA)
            (synth-fun f ((x Int)) Int
              ((Start Int))
              ((Start Int (x 0))))
            (declare-var x Int)
            (constraint (= (f x) (+ x 1)))
            (check-synth)
            """;

    static final String CORRECT = "(\n(define-fun f ((x Int)) Int (+ x 1))\n)";
    static final String WRONG = "(\n(define-fun f ((x Int)) Int (+ x x))\n)";
    /** Correct, but {@code -} and {@code 2} are not in the grammar. */
    static final String OUTSIDE_GRAMMAR = "(\n(define-fun f ((x Int)) Int (- (+ x 1 1) 1))\n)";

    public static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** An executable bash script. */
    public static Path script(Path file, String body) throws IOException {
        write(file, "#!/usr/bin/env bash\n" + body);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    record Run(int exit, String out, String err) {}

    static Run bench(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "bench";
        System.arraycopy(args, 0, all, 1, args.length);
        all[all.length - 1] = "--no-progress";
        int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), all);
        return new Run(exit, out.toString(), err.toString());
    }

    /** One row of results.csv. */
    record Row(String track, String file, String solver, String status, double seconds, String detail, Effort effort) {}

    /** results.csv by {@code solver/track/file}, read with {@link ResultFiles#readResults}. */
    static Map<String, Row> results(Path outDir) throws IOException {
        List<String> lines = Files.readAllLines(outDir.resolve("results.csv"), StandardCharsets.UTF_8);
        assertEquals(String.join(",", ResultFiles.RESULT_COLUMNS), lines.get(0));
        Map<String, Row> rows = new LinkedHashMap<>();
        for (BenchResult r : ResultFiles.readResults(outDir.resolve("results.csv"))) {
            rows.put(r.solver() + "/" + r.track() + "/" + r.file(),
                    new Row(r.track(), r.file(), r.solver(), r.status().label(), r.seconds(), r.detail(), r.effort()));
        }
        assertEquals(lines.size() - 1, rows.size(), "one row per solver and problem: " + lines);
        return rows;
    }

    /** summary.csv by {@code track/solver}, each row as a map from column name to text. */
    static Map<String, Map<String, String>> summary(Path outDir) throws IOException {
        List<String> lines = Files.readAllLines(outDir.resolve("summary.csv"), StandardCharsets.UTF_8);
        String[] header = lines.get(0).split(",", -1);
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] c = line.split(",", -1);
            assertEquals(header.length, c.length, line);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < c.length; i++) row.put(header[i], c[i]);
            rows.put(c[0] + "/" + c[1], row);
        }
        return rows;
    }

    static void assertPng(Path png) throws IOException {
        assertTrue(Files.isRegularFile(png), png + " is missing");
        byte[] b = Files.readAllBytes(png);
        assertTrue(b.length > 1000 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G', png + " is not a PNG");
    }
}
