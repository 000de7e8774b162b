package org.neurocegis.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The items of {@code bench --proposers} and the solve command each one becomes. */
class ProposerConfigTest {
    /** The solver's temporary folder: the per-user cache's, where there is one. */
    private static final String TMP = org.neurocegis.nativelib.NativeLibraries.cacheTemporaryFolder() == null ? ""
            : " -Djava.io.tmpdir=" + org.neurocegis.bench.SolverCommand.shellQuote(
                    org.neurocegis.nativelib.NativeLibraries.cacheTemporaryFolder().toString());

    @Test
    void itemsBecomeSolveOptionsAndColumnNames() {
        List<ProposerConfig> cs = ProposerConfig.parseList("uniform, neural:noadapt,neural:model=/m/a b.onnx:nofallback");
        assertEquals(3, cs.size());
        assertEquals("neurocegis[uniform]", cs.get(0).solverName());
        assertEquals(List.of("--proposer", "uniform"), cs.get(0).solveArgs());
        assertEquals("neurocegis[neural:noadapt]", cs.get(1).solverName());
        assertEquals(List.of("--proposer", "neural", "--no-adapt"), cs.get(1).solveArgs());
        assertEquals("neurocegis[neural:model=/m/a b.onnx:nofallback]", cs.get(2).solverName());
        assertEquals(List.of("--proposer", "neural", "--no-fallback", "--model", "/m/a b.onnx"), cs.get(2).solveArgs());
        ProposerConfig all = ProposerConfig.parse("uniform:nofallback:noadapt");
        assertEquals(List.of("--proposer", "uniform", "--no-adapt", "--no-fallback"), all.solveArgs());
        assertEquals(List.of("--proposer", "uniform", "--adapt"), ProposerConfig.parse("uniform:adapt").solveArgs());
        assertEquals(List.of("--proposer", "neural", "--no-z3-holes"), ProposerConfig.parse("neural:noholes").solveArgs());
        assertEquals(List.of("--proposer", "neural", "--z3-holes"), ProposerConfig.parse("neural:holes").solveArgs());
        assertEquals(List.of("--proposer", "neural", "--inv-engine", "ice", "--atom-ranking", "proposer"),
                ProposerConfig.parse("neural:atoms=proposer:inv=ice").solveArgs());
    }

    @Test
    void badItemsAreRefusedWithAReason() {
        assertMessage("unknown proposer 'magic'", "uniform,magic");
        assertMessage("unknown modifier 'fast'", "neural:fast");
        assertMessage("'noadapt' given twice", "neural:noadapt:noadapt");
        assertMessage("'noadapt' given twice, or with its opposite", "neural:adapt:noadapt");
        assertMessage("'model=' needs a path", "neural:model=");
        assertMessage("'noholes' given twice, or with its opposite", "neural:holes:noholes");
        assertMessage("'atoms=best' given twice, or not one of atoms=fixed|proposer", "neural:atoms=best");
        assertMessage("'atoms=fixed' given twice", "neural:atoms=proposer:atoms=fixed");
        assertMessage("'uniform' is listed twice", "uniform,neural,uniform");
        assertMessage("an empty configuration", "uniform,,neural");
        assertMessage("an empty configuration", "");
    }

    private static void assertMessage(String expected, String list) {
        IllegalArgumentException ex = assertThrows(IllegalArgumentException.class, () -> ProposerConfig.parseList(list));
        assertTrue(ex.getMessage().contains(expected), ex.getMessage());
    }

    @Test
    void eachConfigurationRunsSolveWithStatsAndItsOptions() {
        ProposerConfig c = ProposerConfig.parse("neural:noadapt:nofallback:model=/opt/m's.onnx");
        SolverCommand s = SolverCommand.neurocegis(c.solverName(), Path.of("/usr/bin/java"), Path.of("/opt/n/neurocegis.jar"),
                2048, c.solveArgs());
        assertEquals("neurocegis[neural:noadapt:nofallback:model=/opt/m's.onnx]", s.name());
        assertTrue(s.reportsEffort());
        assertEquals("exec /usr/bin/java -XX:-UsePerfData -Xss256m" + TMP + " -Xmx1536m -jar "
                + "/opt/n/neurocegis.jar solve --timeout {timeout} --stats --proposer neural --no-adapt --no-fallback "
                + "--model '/opt/m'\\''s.onnx' {file}", s.template());
        assertEquals(List.of("bash", "-c", s.template().replace("{timeout}", "7").replace("{file}", "/p/x.sl")),
                s.render(Path.of("/p/x.sl"), 7, 2048));
        SolverCommand plain = SolverCommand.neurocegis(Path.of("/usr/bin/java"), Path.of("/j.jar"), 1024, null);
        assertEquals("neurocegis", plain.name());
        assertTrue(plain.template().endsWith("solve --timeout {timeout} --stats {file}"), plain.template());
        assertTrue(!SolverCommand.cvc5("/usr/bin/cvc5").reportsEffort());
    }
}
