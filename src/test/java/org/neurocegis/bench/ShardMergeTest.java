package org.neurocegis.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bench --shard I/N} and {@code bench --merge}: the shards of {@code sygus-benchmarks/}, merged, give the same
 * results, in the same order, and the same tables (but for the times) as one run over everything; shards that do
 * not belong together are refused.
 */
class ShardMergeTest {
    private static final Path SUITE = Path.of("sygus-benchmarks");

    @TempDir
    Path tmp;

    /**
     * A solver whose answer depends on the problem and the configuration (the real solver on 70 problems, twice,
     * would take minutes): every status the judge gives from text, so a row out of place shows.
     */
    private Path fakeSolver() throws Exception {
        return BenchFixtures.script(tmp.resolve("fake-solver.sh"), """
                f="$1"; shift
                if grep -q 'EXPECT: infeasible' "$f"; then echo infeasible; exit 0; fi
                h=$(printf '%s %s' "$(basename "$f")" "$*" | cksum | cut -d' ' -f1)
                echo "; terms generated $(( h % 100000 ))" >&2
                case $(( h % 4 )) in
                  0) echo unknown ;;
                  1) echo infeasible ;;
                  2) echo '(define-fun f ((x Int' ;;
                  *) echo 'fell over' >&2; exit 3 ;;
                esac
                """);
    }

    private BenchFixtures.Run bench(Path solver, Path out, String... more) {
        List<String> args = new ArrayList<>(List.of(SUITE.toString(), "--timeout", "5", "--jobs", "2", "--out", out.toString(),
                "--proposers", "uniform,neural", "--solver-command", "bash " + solver + " {file} {proposer_args}"));
        args.addAll(List.of(more));
        return BenchFixtures.bench(args.toArray(String[]::new));
    }

    /**
     * The Markdown tables without their time columns: median, total and PAR-2 in the solvers' tables, median and
     * difference in the effort table.
     */
    private static List<String> withoutTimes(String markdown) {
        List<String> lines = new ArrayList<>();
        for (String line : markdown.split("\n")) {
            List<String> cells = List.of(line.split(" \\| "));
            if (line.startsWith("| neurocegis")) line = String.join(" | ", cells.subList(0, cells.size() - 3));
            else if (cells.size() > 2 && cells.get(1).startsWith("neurocegis")) line = String.join(" | ", cells.subList(0, cells.size() - 2));
            lines.add(line);
        }
        return lines;
    }

    private static List<String> statuses(Path dir) throws Exception {
        List<String> rows = new ArrayList<>();
        for (BenchResult r : ResultFiles.readResults(dir.resolve(ResultFiles.RESULTS))) {
            rows.add(r.solver() + " " + r.key() + " " + r.status().label() + " " + r.detail() + " " + r.effort().termsGenerated());
        }
        return rows;
    }

    @Test
    @Timeout(300)
    void shardsOfSygusBenchmarksMergedEqualOneRun() throws Exception {
        Path solver = fakeSolver();
        Path whole = tmp.resolve("whole");
        BenchFixtures.Run one = bench(solver, whole);
        assertEquals(0, one.exit(), one.err());
        assertFalse(Files.exists(whole.resolve(ShardInfo.FILE)), "a run without --shard writes what it always did");

        List<String> dirs = new ArrayList<>();
        int problems = 0;
        for (int i = 1; i <= 3; i++) {
            Path d = tmp.resolve("shard" + i);
            BenchFixtures.Run s = bench(solver, d, "--shard", i + "/3");
            assertEquals(0, s.exit(), s.err());
            problems += ResultFiles.readResults(d.resolve(ResultFiles.RESULTS)).size() / 2;
            dirs.add(d.toString());
        }
        List<String> wholeRows = statuses(whole);
        assertEquals(wholeRows.size() / 2, problems, "each problem in exactly one shard");

        Path merged = tmp.resolve("merged");
        // The shards in another order: the merge puts the rows back in the run's order.
        BenchFixtures.Run m = BenchFixtures.bench("--merge", dirs.get(2), dirs.get(0), dirs.get(1), "--out", merged.toString());
        assertEquals(0, m.exit(), m.err());
        assertEquals(wholeRows, statuses(merged));
        assertEquals(withoutTimes(one.out()), withoutTimes(m.out()));
        Set<String> statusesSeen = new HashSet<>();
        for (String r : wholeRows) statusesSeen.add(r.split(" ")[2]);
        assertTrue(statusesSeen.containsAll(List.of("solved", "error", "unknown", "infeasible-unconfirmed")), statusesSeen.toString());
        for (String f : List.of("summary.csv", "effort.csv", "cactus-all.png", "cactus-golden-lia.png")) {
            assertTrue(Files.isRegularFile(merged.resolve(f)), f + " is missing from the merge");
        }
        assertEquals(Files.readString(whole.resolve("summary.csv")).lines().map(ShardMergeTest::countsOnly).toList(),
                Files.readString(merged.resolve("summary.csv")).lines().map(ShardMergeTest::countsOnly).toList());
    }

    /** A summary.csv row without its time columns (the last three). */
    private static String countsOnly(String csvLine) {
        String[] c = csvLine.split(",", -1);
        return String.join(",", List.of(c).subList(0, c.length - 3));
    }

    @Test
    @Timeout(120)
    void shardsThatDoNotBelongTogetherAreRefused() throws Exception {
        Path solver = fakeSolver();
        Path suite = tmp.resolve("suite");
        for (String n : List.of("a", "b", "c")) BenchFixtures.write(suite.resolve("lia/" + n + ".sl"), BenchFixtures.INC);
        String cmd = "bash " + solver + " {file}";
        List<String> d = new ArrayList<>();
        for (int i = 1; i <= 2; i++) {
            d.add(tmp.resolve("s" + i).toString());
            assertEquals(0, BenchFixtures.bench(suite.toString(), "--shard", i + "/2", "--timeout", "5",
                    "--solver-command", cmd, "--out", d.get(i - 1)).exit());
        }
        String slow = tmp.resolve("slow").toString();
        assertEquals(0, BenchFixtures.bench(suite.toString(), "--shard", "2/2", "--timeout", "6",
                "--solver-command", cmd, "--out", slow).exit());
        String other = tmp.resolve("other").toString();
        assertEquals(0, BenchFixtures.bench(suite.toString(), "--shard", "2/2", "--timeout", "5",
                "--solver-command", "bash " + solver + " {file} x", "--out", other).exit());
        Path suite2 = tmp.resolve("suite2");
        for (String n : List.of("a", "b", "x")) BenchFixtures.write(suite2.resolve("lia/" + n + ".sl"), BenchFixtures.INC);
        String elsewhere = tmp.resolve("elsewhere").toString();
        assertEquals(0, BenchFixtures.bench(suite2.toString(), "--shard", "2/2", "--timeout", "5",
                "--solver-command", cmd, "--out", elsewhere).exit());
        String out = tmp.resolve("m").toString();

        assertRefused(List.of("--merge", d.get(0), "--out", out), "1 of the 2 shards are missing: [2]");
        assertRefused(List.of("--merge", d.get(0), d.get(1), d.get(1), "--out", out), "shard 2/2 is given twice");
        assertRefused(List.of("--merge", d.get(0), slow, "--out", out), "different time limit: 5 s in");
        assertRefused(List.of("--merge", d.get(0), other, "--out", out), "different version of neurocegis");
        assertRefused(List.of("--merge", d.get(0), elsewhere, "--out", out), "different list of problems");
        assertRefused(List.of("--merge", d.get(0), tmp.toString(), "--out", out), "no shard.properties");
        assertRefused(List.of("--merge", d.get(0), d.get(1), "--timeout", "5", "--out", out), "--merge takes only --out");
        assertFalse(Files.exists(Path.of(out)), "nothing merged");

        Files.writeString(Path.of(d.get(1), "results.csv"), Files.readString(Path.of(d.get(1), "results.csv")).lines()
                .limit(1).reduce("", (a, b) -> a + b + "\n"));
        assertRefused(List.of("--merge", d.get(0), d.get(1), "--out", out), "no result for neurocegis on lia/");
    }

    private static void assertRefused(List<String> args, String message) {
        BenchFixtures.Run r = BenchFixtures.bench(args.toArray(String[]::new));
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains(message), "expected '" + message + "' in: " + r.err());
    }

    @Test
    void slicesAreDisjointBalancedAndIndependentOfFileOrder() throws Exception {
        List<Path> files = ProblemSet.find(List.of(SUITE));
        List<Path> shuffled = new ArrayList<>(files);
        java.util.Collections.shuffle(shuffled, new java.util.Random(7));
        Set<Path> seen = new HashSet<>();
        for (int i = 1; i <= 4; i++) {
            Shard s = new Shard(i, 4);
            List<Path> slice = s.select(files);
            assertEquals(new HashSet<>(slice), new HashSet<>(s.select(shuffled)));
            assertTrue(Math.abs(slice.size() - files.size() / 4.0) <= 1, slice.size() + " of " + files.size());
            for (Path p : slice) assertTrue(seen.add(p), p + " is in two slices");
        }
        assertEquals(new HashSet<>(files), seen);
        assertEquals(files, Shard.ALL.select(files));
        assertEquals(new Shard(3, 8), Shard.parse("3/8"));
        for (String bad : List.of("0/3", "4/3", "3", "a/b", "1/0", "-1/2")) {
            try {
                Shard.parse(bad);
                throw new AssertionError(bad + " was accepted");
            } catch (IllegalArgumentException expected) {
                // refused
            }
        }
    }
}
