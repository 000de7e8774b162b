package org.neurocegis.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Our solver's JVM command in a bench: the one that mvn package recorded beside the jar, when it is for this jar. */
class SolverCommandTest {
    @TempDir Path dir;

    private Path jarWithChoice(String... lines) throws Exception {
        Path jar = Files.writeString(dir.resolve("neurocegis.jar"), "jar");
        Path conf = Files.write(dir.resolve("neurocegis.jvm"), List.of(lines));
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000_000));
        Files.setLastModifiedTime(conf, FileTime.fromMillis(2_000_000));
        return jar;
    }

    @Test
    void theRecordedJvmAndItsOptionsAreUsed() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path jar = jarWithChoice(java, "-XX:-UsePerfData", "-XX:AOTCache=/a b/n.aot", "");
        assertEquals(List.of(java, "-XX:-UsePerfData", "-XX:AOTCache=/a b/n.aot"), SolverCommand.jvmCommand(Path.of("/usr/bin/java"), jar));
        String template = SolverCommand.neurocegis("n", Path.of("/usr/bin/java"), jar, 1024, List.of()).template();
        assertEquals("exec " + SolverCommand.shellQuote(java) + " -XX:-UsePerfData '-XX:AOTCache=/a b/n.aot'",
                template.substring(0, template.indexOf(" -Djava.io.tmpdir=") > 0 ? template.indexOf(" -Djava.io.tmpdir=")
                        : template.indexOf(" -Xmx")));
    }

    @Test
    void aChoiceOlderThanTheJarOrWithAMissingJavaIsIgnored() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path jar = jarWithChoice(java, "-XX:AOTCache=n.aot");
        Files.setLastModifiedTime(jar, FileTime.fromMillis(3_000_000));
        List<String> plain = List.of("/usr/bin/java", "-XX:-UsePerfData", "-Xss256m");
        assertEquals(plain, SolverCommand.jvmCommand(Path.of("/usr/bin/java"), jar), "older than the jar");
        jar = jarWithChoice(dir.resolve("no-such-java").toString(), "-XX:AOTCache=n.aot");
        assertEquals(plain, SolverCommand.jvmCommand(Path.of("/usr/bin/java"), jar), "no such executable");
        Files.delete(dir.resolve("neurocegis.jvm"));
        assertEquals(plain, SolverCommand.jvmCommand(Path.of("/usr/bin/java"), jar), "no file");
    }
}
