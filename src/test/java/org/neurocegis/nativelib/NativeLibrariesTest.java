package org.neurocegis.nativelib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.cli.Option;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stamp of an unpacked folder, checked at start-up by the artifact's jar as well as by content. */
class NativeLibrariesTest {
    /** Two small files of a jar on the class path stand in for a runtime's libraries. */
    private static final NativeBundle BUNDLE = new NativeBundle("notices", Option.class, "META-INF",
            List.of("LICENSE.txt", "NOTICE.txt"));

    @Test
    void theStampNamesTheContentAndTheArtifactJar(@TempDir Path dir) throws IOException {
        NativeLibraries.unpack(BUNDLE, dir);
        List<String> stamp = Files.readAllLines(dir.resolve("notices.stamp"), StandardCharsets.UTF_8);
        assertEquals(2, stamp.size());
        assertEquals(NativeLibraries.key(BUNDLE), stamp.get(0));
        File jar = new File(Option.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        assertEquals("artifact " + jar.getName() + " " + jar.length() + " " + jar.lastModified(), stamp.get(1));
        assertEquals(stamp.get(1), NativeLibraries.artifact(BUNDLE));
        assertTrue(NativeLibraries.stamped(BUNDLE, dir, NativeLibraries.artifact(BUNDLE)));
        assertTrue(NativeLibraries.current(BUNDLE, dir, NativeLibraries.key(BUNDLE)));
        assertEquals(Files.readString(dir.resolve("NOTICE.txt")),
                new String(Option.class.getResourceAsStream("/META-INF/NOTICE.txt").readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void anotherJarOrAMissingLibraryIsNotTheStampedOne(@TempDir Path dir) throws IOException {
        NativeLibraries.unpack(BUNDLE, dir);
        String artifact = NativeLibraries.artifact(BUNDLE);
        // the same jar rebuilt (another time), or upgraded (another name)
        assertFalse(NativeLibraries.stamped(BUNDLE, dir, artifact.replaceFirst(" [0-9]+$", " 1")));
        assertFalse(NativeLibraries.stamped(BUNDLE, dir, artifact.replace(".jar", "-2.jar")));
        Files.delete(dir.resolve("LICENSE.txt"));
        assertFalse(NativeLibraries.stamped(BUNDLE, dir, artifact));
        assertFalse(NativeLibraries.current(BUNDLE, dir, NativeLibraries.key(BUNDLE)));
    }

    @Test
    void aStampWrittenBeforeTheArtifactLineIsStillCheckedByContent(@TempDir Path dir) throws IOException {
        NativeLibraries.unpack(BUNDLE, dir);
        Files.writeString(dir.resolve("notices.stamp"), NativeLibraries.key(BUNDLE) + "\n", StandardCharsets.UTF_8);
        assertFalse(NativeLibraries.stamped(BUNDLE, dir, NativeLibraries.artifact(BUNDLE)));
        assertTrue(NativeLibraries.current(BUNDLE, dir, NativeLibraries.key(BUNDLE)));
    }
}
