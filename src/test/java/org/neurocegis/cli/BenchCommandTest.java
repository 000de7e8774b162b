package org.neurocegis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.neurocegis.bench.BenchFixtures;


/** The bench command's checks of its options, and one run against the real cvc5 where it is installed. */
class BenchCommandTest {
    /** The solver's temporary folder: the per-user cache's, where there is one. */
    private static final String TMP = org.neurocegis.nativelib.NativeLibraries.cacheTemporaryFolder() == null ? ""
            : " -Djava.io.tmpdir=" + org.neurocegis.bench.SolverCommand.shellQuote(
                    org.neurocegis.nativelib.NativeLibraries.cacheTemporaryFolder().toString());

    @TempDir
    Path tmp;

    private record Run(int exit, String out, String err) {}

    private static Run run(BenchCommand command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = "--no-progress";
        int exit = Main.run(command, new PrintWriter(out, true), new PrintWriter(err, true), all);
        return new Run(exit, out.toString(), err.toString());
    }

    private Path suite() throws Exception {
        Path f = tmp.resolve("suite/lia/inc.sl");
        Files.createDirectories(f.getParent());
        Files.writeString(f, BenchFixtures.INC);
        return tmp.resolve("suite");
    }

    @Test
    void missingCvc5SaysHowToInstallIt() throws Exception {
        BenchCommand cmd = new BenchCommand();
        cmd.searchPath = tmp.resolve("empty-bin").toString();
        Run r = run(cmd, suite().toString(), "--vs", "cvc5", "--solver-command", "echo unknown",
                "--out", tmp.resolve("out").toString());
        assertEquals(Main.EXIT_BAD_INPUT, r.exit());
        assertTrue(r.err().contains("cvc5 is not on the PATH") && r.err().contains("apt-get install cvc5"), r.err());
        assertTrue(!Files.exists(tmp.resolve("out")), "nothing should run");
    }

    @Test
    void proposerOptionsReachTheSolverAndNameItsColumns() throws Exception {
        Path argsLog = tmp.resolve("args.log");
        String command = "echo \"$(basename {file}) {proposer_args}\" >> " + argsLog + "; echo unknown";
        Path out = tmp.resolve("out1");
        Run single = run(new BenchCommand(), suite().toString(), "--proposer", "neural", "--solver-command", command,
                "--out", out.toString());
        assertEquals(0, single.exit(), single.err());
        assertEquals(List.of("inc.sl --proposer neural"), Files.readAllLines(argsLog));
        assertTrue(single.out().contains("| neurocegis | 0/1 |"), single.out());

        Files.delete(argsLog);
        out = tmp.resolve("out2");
        Run several = run(new BenchCommand(), suite().toString(), "--proposers", "uniform,neural:noadapt:model=m.onnx",
                "--solver-command", command, "--out", out.toString());
        assertEquals(0, several.exit(), several.err());
        assertEquals(List.of("inc.sl --proposer neural --no-adapt --model m.onnx", "inc.sl --proposer uniform"),
                Files.readAllLines(argsLog).stream().sorted().toList());
        assertTrue(several.out().contains("| neurocegis[uniform] | 0/1 |"), several.out());
        assertTrue(several.out().contains("| neurocegis[neural:noadapt:model=m.onnx] | 0/1 |"), several.out());
        assertTrue(several.err().contains("effort.csv"), several.err());
        assertTrue(several.out().contains("### search effort versus neurocegis[uniform]"), several.out());
        assertTrue(Files.isRegularFile(out.resolve("logs/neurocegis_uniform_/lia/inc.sl.err")));
    }

    @Test
    void badProposerListsAreRejected() throws Exception {
        Run both = run(new BenchCommand(), suite().toString(), "--proposer", "uniform", "--proposers", "neural",
                "--solver-command", "echo unknown");
        assertEquals(Main.EXIT_BAD_INPUT, both.exit());
        assertTrue(both.err().contains("not both"), both.err());
        Run bad = run(new BenchCommand(), suite().toString(), "--proposers", "uniform,neural:fast",
                "--solver-command", "echo unknown", "--out", tmp.resolve("out").toString());
        assertEquals(Main.EXIT_BAD_INPUT, bad.exit());
        assertTrue(bad.err().contains("--proposers: 'neural:fast': unknown modifier 'fast'"), bad.err());
        assertTrue(!Files.exists(tmp.resolve("out")), "nothing should run");
    }

    @Test
    void badProposerAndSolverAndFolderAreRejected() throws Exception {
        Run magic = run(new BenchCommand(), suite().toString(), "--proposer", "magic");
        assertEquals(Main.EXIT_BAD_INPUT, magic.exit());
        assertTrue(magic.err().contains("uniform, neural"), magic.err());
        Run vs = run(new BenchCommand(), suite().toString(), "--vs", "z3", "--solver-command", "echo unknown");
        assertEquals(Main.EXIT_BAD_INPUT, vs.exit());
        assertTrue(vs.err().contains("only cvc5"), vs.err());
        Run missing = run(new BenchCommand(), tmp.resolve("nowhere").toString(), "--solver-command", "echo unknown");
        assertEquals(Main.EXIT_BAD_INPUT, missing.exit());
        assertTrue(missing.err().contains("no such file or folder"), missing.err());
        Files.createDirectories(tmp.resolve("empty"));
        Run empty = run(new BenchCommand(), tmp.resolve("empty").toString(), "--solver-command", "echo unknown",
                "--out", tmp.resolve("out").toString());
        assertEquals(Main.EXIT_BAD_INPUT, empty.exit());
        assertTrue(empty.err().contains("no .sl files"), empty.err());
    }

    @Test
    void baselineFileMustExist() throws Exception {
        Run r = run(new BenchCommand(), suite().toString(), "--baseline", tmp.resolve("no.tsv").toString(),
                "--solver-command", "echo unknown");
        assertEquals(Main.EXIT_BAD_INPUT, r.exit());
        assertTrue(r.err().contains("no.tsv: no such file"), r.err());
    }

    @Test
    void proposerIsPassedToSolve() {
        String template = org.neurocegis.bench.SolverCommand.neurocegis(Path.of("/usr/bin/java"),
                Path.of("/opt/n c/neurocegis.jar"), 4096, "uniform").template();
        assertEquals("exec /usr/bin/java -XX:-UsePerfData -Xss256m" + TMP + " -Xmx3072m -jar '/opt/n c/neurocegis.jar' "
                + "solve --timeout {timeout} --stats --proposer uniform {file}", template);
        List<String> argv = org.neurocegis.bench.SolverCommand.cvc5("/usr/bin/cvc5")
                .render(Path.of("/tmp/it's.sl"), 30, 1024);
        assertEquals(List.of("bash", "-c",
                "ulimit -v $(( 1024 * 1024 )) && exec /usr/bin/cvc5 --lang=sygus2 --tlimit=30000 '/tmp/it'\\''s.sl'"), argv);
    }

    /** The real cvc5 on a small problem; skipped where cvc5 is not installed. */
    @Test
    @Timeout(60)
    void realCvc5SolvesASmallProblem() throws Exception {
        Assumptions.assumeTrue(BenchCommand.onPath("cvc5", System.getenv("PATH")) != null, "cvc5 is not installed");
        Path out = tmp.resolve("out");
        Run r = run(new BenchCommand(), suite().toString(), "--vs", "cvc5", "--timeout", "10", "--memory", "2048",
                "--solver-command", "echo unknown", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        List<String> lines = Files.readAllLines(out.resolve("results.csv"));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("lia,inc.sl,cvc5,solved,")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("lia,inc.sl,neurocegis,unknown,")), lines.toString());
    }

    @Test
    void slurmOptionsAreChecked() throws Exception {
        String suite = suite().toString();
        Run misplaced = run(new BenchCommand(), suite, "--partition", "p", "--solver-command", "echo unknown");
        assertEquals(Main.EXIT_BAD_INPUT, misplaced.exit());
        assertTrue(misplaced.err().contains("--partition goes with --slurm"), misplaced.err());
        Run both = run(new BenchCommand(), suite, "--slurm", "--shard", "1/2", "--solver-command", "echo unknown");
        assertTrue(both.exit() == Main.EXIT_BAD_INPUT && both.err().contains("not both"), both.err());
        Run badShard = run(new BenchCommand(), suite, "--shard", "3/2", "--solver-command", "echo unknown");
        assertTrue(badShard.exit() == Main.EXIT_BAD_INPUT && badShard.err().contains("1 <= I <= N"), badShard.err());

        BenchCommand noSlurm = new BenchCommand();
        noSlurm.searchPath = tmp.resolve("empty-bin").toString();
        Path out = tmp.resolve("out");
        Run r = run(noSlurm, suite, "--slurm", "--solver-command", "echo unknown", "--out", out.toString());
        assertEquals(Main.EXIT_BAD_INPUT, r.exit());
        assertTrue(r.err().contains("sbatch and squeue are not on the PATH"), r.err());
        assertTrue(!Files.exists(out), "nothing should be written");

        // cvc5 runs on the nodes: --slurm does not look for it here.
        BenchCommand vsCvc5 = new BenchCommand();
        vsCvc5.searchPath = tmp.resolve("empty-bin").toString();
        Run printed = run(vsCvc5, suite, "--slurm", "--print", "--vs", "cvc5", "--timeout", "30", "--solver-command", "echo unknown");
        assertEquals(0, printed.exit(), printed.err());
        assertTrue(printed.out().contains(" --vs cvc5 "), printed.out());
        assertTrue(printed.out().contains("#SBATCH --time=8\n"), "two solvers at the limit: " + printed.out());

        Run blank = run(new BenchCommand(), suite, "--slurm", "--print", "--solver-command", "echo unknown",
                "--out", tmp.resolve("a b").toString());
        assertTrue(blank.exit() == Main.EXIT_BAD_INPUT && blank.err().contains("blanks"), blank.err());
    }

    /**
     * The batch script of --slurm --print asks Slurm for the run's limits, and its tasks, run here by bash one after
     * another (as Slurm would, with SLURM_ARRAY_TASK_ID set), write shards that merge into the results of a local run.
     */
    @Test
    @Timeout(300)
    void slurmBatchScriptRunsTheShards() throws Exception {
        Path suite = tmp.resolve("suite");
        for (String f : List.of("lia/a.sl", "lia/b.sl", "lia/c.sl", "lia/d.sl", "lia/e.sl", "bv/f.sl")) {
            BenchFixtures.write(suite.resolve(f), BenchFixtures.INC);
        }
        // Unknown, an unparsable answer or a crash, by file name.
        String solver = "case $(basename {file}) in a.sl|d.sl) echo unknown ;; b.sl|f.sl) echo '(oops' ;; *) exit 4 ;; esac";
        Path out = tmp.resolve("array");
        Run printed = run(new BenchCommand(), suite.toString(), "--slurm", "--print", "--shards", "3", "--timeout", "7",
                "--memory", "300", "--jobs", "2", "--partition", "short", "--account", "proj", "--tasks-at-once", "2",
                "--sbatch-option=--qos=low", "--solver-command", solver, "--out", out.toString());
        assertEquals(0, printed.exit(), printed.err());
        String script = printed.out();
        for (String line : List.of("#SBATCH --array=1-3%2", "#SBATCH --cpus-per-task=2", "#SBATCH --mem=1624M",
                "#SBATCH --partition=short", "#SBATCH --account=proj", "#SBATCH --qos=low",
                "#SBATCH --output=" + out.toAbsolutePath() + "/slurm/task-%a.log")) {
            assertTrue(script.lines().anyMatch(line::equals), line + " missing from:\n" + script);
        }
        // 2 problems per shard, 2 at once: one round of 7 s + grace + 10 s check + 5 s, and 5 minutes.
        assertTrue(script.contains("#SBATCH --time=6\n"), script);
        assertTrue(script.contains(" --timeout 7 --memory 300 --jobs 2 --solver-command ") && script.contains(
                " --shard \"$SLURM_ARRAY_TASK_ID/3\" --out " + out.toAbsolutePath() + "/shards/\"$SLURM_ARRAY_TASK_ID\""), script);
        assertTrue(!Files.exists(out), "--print writes nothing");

        Path file = Files.writeString(tmp.resolve("bench.sbatch"), script);
        for (int i = 1; i <= 3; i++) {
            ProcessBuilder pb = new ProcessBuilder("bash", file.toString()).redirectErrorStream(true)
                    .redirectOutput(tmp.resolve("task-" + i + ".log").toFile());
            pb.environment().put("SLURM_ARRAY_TASK_ID", Integer.toString(i));
            Process p = pb.start();
            assertTrue(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS), "task " + i + " hangs");
            assertEquals(0, p.exitValue(), Files.readString(tmp.resolve("task-" + i + ".log")));
        }
        Path merged = tmp.resolve("merged");
        Run m = run(new BenchCommand(), out.resolve("shards/1").toString(), out.resolve("shards/2").toString(),
                out.resolve("shards/3").toString(), "--merge", "--out", merged.toString());
        assertEquals(0, m.exit(), m.err());
        Path local = tmp.resolve("local");
        Run l = run(new BenchCommand(), suite.toString(), "--timeout", "7", "--memory", "300", "--jobs", "2",
                "--solver-command", solver, "--out", local.toString());
        assertEquals(0, l.exit(), l.err());
        List<String> expected = statuses(local);
        assertEquals(expected, statuses(merged));
        assertEquals(List.of("neurocegis bv/f.sl error", "neurocegis lia/a.sl unknown", "neurocegis lia/b.sl error",
                "neurocegis lia/c.sl error", "neurocegis lia/d.sl unknown", "neurocegis lia/e.sl error"), expected);
    }

    private static List<String> statuses(Path dir) throws Exception {
        List<String> rows = new java.util.ArrayList<>();
        for (org.neurocegis.bench.BenchResult r : org.neurocegis.bench.ResultFiles.readResults(dir.resolve("results.csv"))) {
            rows.add(r.solver() + " " + r.key() + " " + r.status().label());
        }
        return rows;
    }

    /**
     * --no-wait submits and returns with the job id. sbatch and squeue here are stand-ins that record what they are
     * given (the real Slurm is SlurmBenchTest's): this checks what bench hands to sbatch and prints back.
     */
    @Test
    void noWaitSubmitsAndPrintsTheJobId() throws Exception {
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path log = tmp.resolve("sbatch.log");
        BenchFixtures.script(bin.resolve("sbatch"), "echo \"$@\" > " + log + "\necho '4711;cluster'\n");
        BenchFixtures.script(bin.resolve("squeue"), "exit 1\n");
        BenchCommand cmd = new BenchCommand();
        cmd.searchPath = bin.toString();
        Path out = tmp.resolve("out");
        Run r = run(cmd, suite().toString(), "--slurm", "--no-wait", "--solver-command", "echo unknown", "--out", out.toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("4711", r.out().strip());
        Path script = out.toAbsolutePath().resolve("slurm/bench.sbatch");
        assertEquals("--parsable " + script, Files.readString(log).strip());
        assertTrue(Files.readString(script).contains("#SBATCH --array=1-1\n"), Files.readString(script));
        assertTrue(r.err().contains("neurocegis bench --merge " + out.toAbsolutePath() + "/shards/* --out " + out.toAbsolutePath()), r.err());

        // The shards of an earlier run in the same folder would be merged with the new ones: refused.
        Files.createDirectories(out.resolve("shards/1"));
        BenchCommand second = new BenchCommand();
        second.searchPath = bin.toString();
        Run again = run(second, suite().toString(), "--slurm",
                "--solver-command", "echo unknown", "--out", out.toString());
        assertEquals(Main.EXIT_BAD_INPUT, again.exit());
        assertTrue(again.err().contains("holds an earlier run's shards"), again.err());
    }
}
