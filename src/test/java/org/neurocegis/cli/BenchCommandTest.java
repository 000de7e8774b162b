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
        assertEquals("exec /usr/bin/java -XX:-UsePerfData" + TMP + " -Xss256m -XX:+UseParallelGC -XX:+UseTransparentHugePages -Xmx3072m -jar '/opt/n c/neurocegis.jar' "
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
}
