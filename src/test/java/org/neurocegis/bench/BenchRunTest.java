package org.neurocegis.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.neurocegis.bench.BenchFixtures.CORRECT;
import static org.neurocegis.bench.BenchFixtures.INC;
import static org.neurocegis.bench.BenchFixtures.INC_INFEASIBLE;
import static org.neurocegis.bench.BenchFixtures.OUTSIDE_GRAMMAR;
import static org.neurocegis.bench.BenchFixtures.WRONG;
import static org.neurocegis.bench.BenchFixtures.write;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code neurocegis bench} end to end, with fake solvers written as bash scripts. */
class BenchRunTest {
    @TempDir
    Path tmp;

    /**
     * One fake solver whose behaviour depends on the problem's file name, over two tracks: every status, the
     * infeasible rules, a hang whose child must die with it, a crash, a memory hog and a file our parser rejects.
     */
    @Test
    @Timeout(120)
    void eachBehaviourGetsItsStatus() throws Exception {
        Path suite = tmp.resolve("suite");
        for (String name : List.of("correct", "wrong", "grammar", "unknown", "garbage", "hang", "crash", "hog")) {
            write(suite.resolve("lia").resolve(name + ".sl"), INC);
        }
        write(suite.resolve("lia").resolve("unparseable.sl"), "(set-logic LIA)\n(synth-fun f ((x Int)) Int\n");
        write(suite.resolve("other").resolve("expected.sl"), "; EXPECT: infeasible\n" + INC_INFEASIBLE);
        write(suite.resolve("other").resolve("listed.sl"), INC_INFEASIBLE);
        write(suite.resolve("other").resolve("unlisted.sl"), INC);
        write(suite.resolve("infeasible.txt"), "other/listed.sl\n");
        Path calls = tmp.resolve("calls.log");
        Path childPid = tmp.resolve("child.pid");
        Path solver = BenchFixtures.script(tmp.resolve("fake-solver.sh"), """
                name=$(basename "$1" .sl)
                echo "$name" >> %s
                case "$name" in
                  correct) printf '%%s\\n' '%s' ;;
                  wrong) printf '%%s\\n' '%s' ;;
                  grammar) printf '%%s\\n' '%s' ;;
                  unknown) echo unknown ;;
                  garbage) echo '(define-fun f ((x Int' ;;
                  hang) sleep 300 & echo $! > %s; wait ;;
                  crash) echo 'boom: the solver fell over' >&2; exit 1 ;;
                  hog) ulimit -v 3000000; tail /dev/zero ;;
                  expected|listed|unlisted) echo infeasible ;;
                  *) echo "unexpected problem $name" >&2; exit 7 ;;
                esac
                """.formatted(calls, CORRECT, WRONG, OUTSIDE_GRAMMAR, childPid));
        Path out = tmp.resolve("out");

        BenchFixtures.Run run = BenchFixtures.bench(suite.toString(), "--timeout", "2", "--jobs", "2", "--memory", "200",
                "--out", out.toString(), "--solver-command", "bash " + solver + " {file}");

        assertEquals(0, run.exit(), run.err());
        Map<String, BenchFixtures.Row> rows = BenchFixtures.results(out);
        assertEquals(12, rows.size(), rows.keySet().toString());
        assertStatus(rows, "lia/correct.sl", "solved");
        assertStatus(rows, "lia/wrong.sl", "wrong");
        assertStatus(rows, "lia/grammar.sl", "grammar-violation");
        assertStatus(rows, "lia/unknown.sl", "unknown");
        assertStatus(rows, "lia/garbage.sl", "error");
        assertStatus(rows, "lia/hang.sl", "timeout");
        assertStatus(rows, "lia/crash.sl", "error");
        assertStatus(rows, "lia/hog.sl", "error");
        assertStatus(rows, "lia/unparseable.sl", "error");
        assertStatus(rows, "other/expected.sl", "solved");
        assertStatus(rows, "other/listed.sl", "solved");
        assertStatus(rows, "other/unlisted.sl", "infeasible-unconfirmed");
        assertTrue(rows.get("neurocegis/lia/crash.sl").detail().contains("exit code 1: boom"), rows.get("neurocegis/lia/crash.sl").detail());
        assertTrue(rows.get("neurocegis/lia/hog.sl").detail().contains("memory limit of 200 MB"), rows.get("neurocegis/lia/hog.sl").detail());
        assertTrue(rows.get("neurocegis/lia/unparseable.sl").detail().contains("parser"), rows.get("neurocegis/lia/unparseable.sl").detail());
        double hang = rows.get("neurocegis/lia/hang.sl").seconds();
        assertTrue(hang >= 2 && hang < 10, "hang took " + hang + " s");

        // The hanging solver's child was killed with it.
        long pid = Long.parseLong(Files.readString(childPid).strip());
        assertFalse(running(pid), "the hanging solver's child sleep (pid " + pid + ") survived");

        // A problem our parser rejects is never handed to a solver.
        List<String> called = Files.readAllLines(calls, StandardCharsets.UTF_8);
        assertFalse(called.contains("unparseable"), called.toString());
        assertEquals(11, called.size(), called.toString());

        Map<String, Map<String, String>> summary = BenchFixtures.summary(out);
        assertEquals("1", summary.get("lia/neurocegis").get("solved"));
        assertEquals("2", summary.get("other/neurocegis").get("solved"));
        assertEquals("12", summary.get("all/neurocegis").get("problems"));
        assertEquals("3", summary.get("all/neurocegis").get("solved"));
        assertEquals("1", summary.get("all/neurocegis").get("wrong"));
        assertEquals("1", summary.get("all/neurocegis").get("infeasible-unconfirmed"));
        assertEquals("4", summary.get("all/neurocegis").get("error"));
        assertTrue(run.out().contains("### track lia (9 problems"), run.out());
        assertTrue(run.out().contains("### track other (3 problems"), run.out());
        assertTrue(run.out().contains("| neurocegis | 3/12 | 1 | 1 | 1 | 1 | 1 | 4 |"), run.out());
        assertTrue(run.err().contains("our parser rejects 1 of 12"), run.err());
        BenchFixtures.assertPng(out.resolve("cactus-lia.png"));
        BenchFixtures.assertPng(out.resolve("cactus-other.png"));
        BenchFixtures.assertPng(out.resolve("cactus-all.png"));
        assertTrue(Files.isRegularFile(out.resolve("logs/neurocegis/lia/crash.sl.err")));
    }

    /** Two solvers side by side: unique solves, PAR-2, and the placeholders filled into the command. */
    @Test
    @Timeout(60)
    void twoSolversSideBySide() throws Exception {
        Path suite = tmp.resolve("suite");
        for (String name : List.of("a", "b", "c")) write(suite.resolve("lia").resolve(name + ".sl"), INC);
        Path ours = BenchFixtures.script(tmp.resolve("ours.sh"), """
                case "$(basename "$1")" in
                  b.sl) echo unknown ;;
                  *) printf '%%s\\n' '%s' ;;
                esac
                """.formatted(CORRECT));
        Path args = tmp.resolve("args.log");
        Path theirs = BenchFixtures.script(tmp.resolve("theirs.sh"), """
                echo "timeout=$2 ms=$3 memory=$4" >> %s
                case "$(basename "$1")" in
                  c.sl) printf '%%s\\n' '%s' ;;
                  *) printf '%%s\\n' '%s' ;;
                esac
                """.formatted(args, WRONG, CORRECT));
        Path out = tmp.resolve("out");

        BenchFixtures.Run run = BenchFixtures.bench(suite.toString(), "--timeout", "2", "--memory", "300",
                "--out", out.toString(), "--solver-command", "bash " + ours + " {file}", "--vs", "cvc5",
                "--cvc5-command", "bash " + theirs + " {file} {timeout} {timeout_ms} {memory}");

        assertEquals(0, run.exit(), run.err());
        Map<String, BenchFixtures.Row> rows = BenchFixtures.results(out);
        assertEquals(6, rows.size());
        assertEquals("solved", rows.get("cvc5/lia/b.sl").status());
        assertEquals("wrong", rows.get("cvc5/lia/c.sl").status());
        Map<String, Map<String, String>> summary = BenchFixtures.summary(out);
        Map<String, String> us = summary.get("lia/neurocegis");
        Map<String, String> them = summary.get("lia/cvc5");
        assertEquals("2", us.get("solved"));
        assertEquals("1", us.get("unique"));
        assertEquals("1", us.get("unknown"));
        assertEquals("2", them.get("solved"));
        assertEquals("1", them.get("unique"));
        assertEquals("1", them.get("wrong"));
        double par2 = Double.parseDouble(us.get("par2"));
        assertTrue(par2 >= 4 && par2 < 8, "PAR-2 " + par2);
        assertEquals(List.of("timeout=2 ms=2000 memory=300"), Files.readAllLines(args).stream().distinct().toList());
        assertTrue(run.out().contains("| cvc5 | 2/3 | 1 |"), run.out());
    }

    /** Our solver's --stats lines on stderr fill the effort columns; another solver's stay empty, as do missing lines. */
    @Test
    @Timeout(60)
    void effortIsReadFromOurSolversStderr() throws Exception {
        Path suite = tmp.resolve("suite");
        for (String name : List.of("a", "b", "c")) write(suite.resolve("lia").resolve(name + ".sl"), INC);
        Path ours = BenchFixtures.script(tmp.resolve("ours.sh"), """
                case "$(basename "$1")" in
                  a.sl) printf '%%s\\n' '%s'
                        printf '; iterations               2\\n; terms generated          12000\\n' >&2
                        printf '; distinct terms (bank)    345 (largest bank 300)\\n' >&2
                        printf '; proposer load time       0.100 s\\n; proposer time            0.025 s\\n' >&2
                        printf '; solved by                invariant lane spacer\\n' >&2 ;;
                  b.sl) echo unknown; printf '; terms generated          9\\n' >&2 ;;
                  *) echo unknown ;;
                esac
                """.formatted(CORRECT));
        Path theirs = BenchFixtures.script(tmp.resolve("theirs.sh"), """
                printf '%%s\\n' '%s'
                printf '; terms generated          5\\n' >&2
                """.formatted(CORRECT));
        Path out = tmp.resolve("out");

        BenchFixtures.Run run = BenchFixtures.bench(suite.toString(), "--timeout", "5", "--out", out.toString(),
                "--solver-command", "bash " + ours + " {file}", "--vs", "cvc5", "--cvc5-command", "bash " + theirs + " {file}");

        assertEquals(0, run.exit(), run.err());
        Map<String, BenchFixtures.Row> rows = BenchFixtures.results(out);
        assertEquals(new Effort(12000L, 345L, 2L, 0.125, "invariant lane spacer"), rows.get("neurocegis/lia/a.sl").effort());
        assertEquals(new Effort(9L, null, null, null), rows.get("neurocegis/lia/b.sl").effort());
        assertEquals(Effort.NONE, rows.get("neurocegis/lia/c.sl").effort());
        assertEquals(Effort.NONE, rows.get("cvc5/lia/a.sl").effort(), "cvc5 reports no effort");
        List<String> lines = Files.readAllLines(out.resolve("results.csv"), StandardCharsets.UTF_8);
        assertTrue(lines.contains("lia,a.sl,cvc5,solved," + String.format(java.util.Locale.ROOT, "%.3f",
                rows.get("cvc5/lia/a.sl").seconds()) + ",proved,,,,,"), lines.toString());
        assertFalse(Files.exists(out.resolve("effort.csv")), "one configuration of ours: nothing to compare");
    }

    /**
     * {@code --proposers}: each configuration is its own solver, given its solve options; with two, effort.csv and the
     * effort table compare the second with the first on the problems where the first generated at least 10^4 terms.
     */
    @Test
    @Timeout(60)
    void proposerConfigurationsAreComparedBySearchEffort() throws Exception {
        Path suite = tmp.resolve("suite");
        for (String name : List.of("big", "bigger", "small", "hard")) write(suite.resolve("lia").resolve(name + ".sl"), INC);
        // uniform: 20000 terms on big, 80000 on bigger, 50 on small, fails on hard; neural: a quarter of that, and
        // solves hard.
        Path ours = BenchFixtures.script(tmp.resolve("ours.sh"), """
                file=$(basename "$1" .sl); shift
                case "$file" in big) n=20000 ;; bigger) n=80000 ;; small) n=50 ;; hard) n=999999 ;; esac
                if [[ "$*" == *neural* ]]; then n=$((n / 4)); fi
                if [[ "$file" == hard && "$*" != *neural* ]]; then echo unknown; else printf '%%s\\n' '%s'; fi
                echo "; terms generated          $n" >&2
                """.formatted(CORRECT));
        Path out = tmp.resolve("out");

        BenchFixtures.Run run = BenchFixtures.bench(suite.toString(), "--timeout", "5", "--out", out.toString(),
                "--proposers", "uniform,neural:noadapt", "--solver-command", "bash " + ours + " {file} {proposer_args}");

        assertEquals(0, run.exit(), run.err());
        Map<String, BenchFixtures.Row> rows = BenchFixtures.results(out);
        assertEquals(8, rows.size(), rows.keySet().toString());
        assertEquals(20000L, rows.get("neurocegis[uniform]/lia/big.sl").effort().termsGenerated());
        assertEquals(5000L, rows.get("neurocegis[neural:noadapt]/lia/big.sl").effort().termsGenerated());
        assertEquals("solved", rows.get("neurocegis[neural:noadapt]/lia/hard.sl").status());
        List<String> effort = Files.readAllLines(out.resolve("effort.csv"), StandardCharsets.UTF_8);
        assertEquals(5, effort.size(), effort.toString());
        assertTrue(effort.get(1).startsWith("lia,neurocegis[uniform],,4,3,,,,"), effort.get(1));
        assertTrue(effort.get(2).startsWith("lia,neurocegis[neural:noadapt],neurocegis[uniform],4,4,2,0.250000,0.250000,"),
                effort.get(2));
        assertTrue(effort.get(4).startsWith("all,neurocegis[neural:noadapt],neurocegis[uniform],4,4,2,"), effort.get(4));
        assertTrue(run.out().contains("| lia | neurocegis[neural:noadapt] | 4/4 | 2 | 0.250 | 0.250 |"), run.out());
        assertTrue(run.out().contains("| neurocegis[uniform] | 3/4 |"), run.out());
        assertEquals("3", BenchFixtures.summary(out).get("lia/neurocegis[uniform]").get("solved"));
    }

    /** cvc5's results taken from a TSV instead of running it. */
    @Test
    @Timeout(60)
    void baselineTsv() throws Exception {
        Path suite = tmp.resolve("suite");
        for (String name : List.of("a", "b", "c", "d", "e")) write(suite.resolve("lia").resolve(name + ".sl"), INC);
        write(suite.resolve("other").resolve("inf.sl"), "; EXPECT: infeasible\n" + INC_INFEASIBLE);
        Path tsv = tmp.resolve("baseline.tsv");
        write(tsv, "track\tfile\tstatus\tseconds\n"
                + "lia\ta.sl\tok\t0.5\n"
                + "lia\tb.sl\ttimeout\t30.0\n"
                + "lia\tc.sl\tok\t45.0\n"
                + "lia\te.sl\tinfeasible\t1.0\n"
                + "other\tinf.sl\tinfeasible\t1.5\n"
                + "bv\tnot-here.sl\tok\t1.0\n");
        Path out = tmp.resolve("out");

        BenchFixtures.Run run = BenchFixtures.bench(suite.toString(), "--timeout", "2", "--out", out.toString(),
                "--solver-command", "echo unknown", "--baseline", tsv.toString());

        assertEquals(0, run.exit(), run.err());
        Map<String, BenchFixtures.Row> rows = BenchFixtures.results(out);
        assertEquals(12, rows.size());
        assertEquals("solved", rows.get("cvc5/lia/a.sl").status());
        assertEquals(0.5, rows.get("cvc5/lia/a.sl").seconds(), 1e-9);
        assertEquals("timeout", rows.get("cvc5/lia/b.sl").status());
        assertEquals("timeout", rows.get("cvc5/lia/c.sl").status(), "45 s is over a 2 s limit");
        assertEquals("unknown", rows.get("cvc5/lia/d.sl").status(), "no row");
        assertEquals("infeasible-unconfirmed", rows.get("cvc5/lia/e.sl").status(), "infeasible, but not listed");
        assertEquals("solved", rows.get("cvc5/other/inf.sl").status());
        assertEquals("unknown", rows.get("neurocegis/lia/a.sl").status());
        assertTrue(run.err().contains("1 problem(s) have no row in the baseline"), run.err());
    }

    /**
     * An infeasible answer on a problem that another solver of the run solved with a proved solution is wrong; without
     * such a solution it stays unconfirmed, and on a listed problem it stays solved (beside the other's solution).
     */
    @Test
    @Timeout(60)
    void infeasibleRefutedBySolverOfTheSameRun() throws Exception {
        Path suite = tmp.resolve("suite");
        for (String name : List.of("refuted", "open", "listed")) write(suite.resolve("lia").resolve(name + ".sl"), INC);
        write(suite.resolve("infeasible.txt"), "lia/listed.sl\n");
        Path ours = BenchFixtures.script(tmp.resolve("ours.sh"), "echo infeasible\n");
        Path theirs = BenchFixtures.script(tmp.resolve("theirs.sh"), """
                case "$(basename "$1")" in
                  open.sl) printf '%%s\\n' '%s' ;;
                  *) printf '%%s\\n' '%s' ;;
                esac
                """.formatted(WRONG, CORRECT));
        Path out = tmp.resolve("out");

        BenchFixtures.Run run = BenchFixtures.bench(suite.toString(), "--timeout", "5", "--jobs", "2",
                "--out", out.toString(), "--solver-command", "bash " + ours + " {file}", "--vs", "cvc5",
                "--cvc5-command", "bash " + theirs + " {file}");

        assertEquals(0, run.exit(), run.err());
        Map<String, BenchFixtures.Row> rows = BenchFixtures.results(out);
        assertEquals(6, rows.size(), rows.keySet().toString());
        BenchFixtures.Row refuted = rows.get("neurocegis/lia/refuted.sl");
        assertEquals("wrong", refuted.status(), refuted.detail());
        assertTrue(refuted.detail().contains("cvc5 solved it with a verified solution"), refuted.detail());
        assertEquals("solved", rows.get("cvc5/lia/refuted.sl").status());
        assertEquals("wrong", rows.get("cvc5/lia/open.sl").status(), "cvc5's answer on open.sl is refuted");
        assertStatus(rows, "lia/open.sl", "infeasible-unconfirmed");
        assertStatus(rows, "lia/listed.sl", "solved");
        assertEquals("solved", rows.get("cvc5/lia/listed.sl").status());
        Map<String, String> us = BenchFixtures.summary(out).get("lia/neurocegis");
        assertEquals("1", us.get("solved"));
        assertEquals("1", us.get("wrong"));
        assertEquals("1", us.get("infeasible-unconfirmed"));
        assertTrue(run.out().contains("| neurocegis | 1/3 | 1 | 0 | 1 |"), run.out());
    }

    /** The same rule with the recorded baseline, both ways: its solution refutes us, and ours refutes its claim. */
    @Test
    @Timeout(60)
    void infeasibleRefutedByTheBaseline() throws Exception {
        Path suite = tmp.resolve("suite");
        for (String name : List.of("a", "b", "c")) write(suite.resolve("lia").resolve(name + ".sl"), INC);
        Path ours = BenchFixtures.script(tmp.resolve("ours.sh"), """
                case "$(basename "$1")" in
                  a.sl) echo infeasible ;;
                  *) printf '%%s\\n' '%s' ;;
                esac
                """.formatted(CORRECT));
        Path tsv = tmp.resolve("baseline.tsv");
        write(tsv, "track\tfile\tstatus\tseconds\n"
                + "lia\ta.sl\tok\t0.5\n"
                + "lia\tb.sl\tinfeasible\t1.0\n"
                + "lia\tc.sl\tinfeasible\t1.0\n");
        Path out = tmp.resolve("out");

        BenchFixtures.Run run = BenchFixtures.bench(suite.toString(), "--timeout", "5", "--out", out.toString(),
                "--solver-command", "bash " + ours + " {file}", "--baseline", tsv.toString());

        assertEquals(0, run.exit(), run.err());
        Map<String, BenchFixtures.Row> rows = BenchFixtures.results(out);
        BenchFixtures.Row a = rows.get("neurocegis/lia/a.sl");
        assertEquals("wrong", a.status(), a.detail());
        assertTrue(a.detail().contains("cvc5 (recorded baseline) solved it"), a.detail());
        BenchFixtures.Row b = rows.get("cvc5/lia/b.sl");
        assertEquals("wrong", b.status(), b.detail());
        assertTrue(b.detail().contains("neurocegis solved it"), b.detail());
        assertEquals("solved", rows.get("neurocegis/lia/b.sl").status());
        assertEquals("wrong", rows.get("cvc5/lia/c.sl").status());
        assertEquals("2", BenchFixtures.summary(out).get("lia/cvc5").get("wrong"));
    }

    /**
     * Two files with the same track and name (two roots that each hold a {@code lia/a.sl}): one is run and reported,
     * once, and the warning names both files.
     */
    @Test
    @Timeout(60)
    void duplicateProblemIsRunAndReportedOnce() throws Exception {
        Path first = tmp.resolve("one");
        Path second = tmp.resolve("two");
        write(first.resolve("lia").resolve("a.sl"), INC);
        write(first.resolve("lia").resolve("b.sl"), INC);
        write(second.resolve("lia").resolve("a.sl"), INC);
        Path calls = tmp.resolve("calls.log");
        Path solver = BenchFixtures.script(tmp.resolve("ours.sh"), """
                echo "$1" >> %s
                printf '%%s\\n' '%s'
                """.formatted(calls, CORRECT));
        Path out = tmp.resolve("out");

        BenchFixtures.Run run = BenchFixtures.bench(first.resolve("lia").toString(), second.resolve("lia").toString(),
                "--timeout", "5", "--out", out.toString(), "--solver-command", "bash " + solver + " {file}");

        assertEquals(0, run.exit(), run.err());
        List<String> lines = Files.readAllLines(out.resolve("results.csv"), StandardCharsets.UTF_8);
        assertEquals(3, lines.size(), "a header and one row per problem: " + lines);
        assertEquals(List.of(first.resolve("lia/a.sl").toAbsolutePath().toString(),
                first.resolve("lia/b.sl").toAbsolutePath().toString()), Files.readAllLines(calls));
        assertEquals("2", BenchFixtures.summary(out).get("lia/neurocegis").get("problems"));
        assertTrue(run.out().contains("| neurocegis | 2/2 |"), run.out());
        assertTrue(run.err().contains("lia/a.sl") && run.err().contains(second.resolve("lia/a.sl").toString()), run.err());
    }

    static boolean running(long pid) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            Optional<ProcessHandle> h = ProcessHandle.of(pid);
            if (h.isEmpty() || !h.get().isAlive() || zombie(pid)) return false;
            Thread.sleep(100);
        }
        return true;
    }

    private static boolean zombie(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
        } catch (IOException | RuntimeException ex) {
            return false;
        }
    }

    private static void assertStatus(Map<String, BenchFixtures.Row> rows, String key, String status) {
        BenchFixtures.Row row = rows.get("neurocegis/" + key);
        assertTrue(row != null, "no row for " + key + " in " + rows.keySet());
        assertEquals(status, row.status(), key + ": " + row.detail());
    }
}
