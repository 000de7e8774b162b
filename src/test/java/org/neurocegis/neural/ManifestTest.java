package org.neurocegis.neural;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * {@code scripts/proposer/manifest.tsv} lists every file the training data was generated from (path TAB SHA-256).
 * The model may only have seen the development set ({@code ../shared/sygus/}) and our golden problems
 * ({@code sygus-benchmarks/}), never the family kept apart to measure it ({@code sygus-benchmarks/neural-unseen/},
 * see {@code NeuralFamilyTest}).
 */
class ManifestTest {
    private static final Path MANIFEST = Path.of("scripts", "proposer", "manifest.tsv");
    static final String UNSEEN = "sygus-benchmarks/neural-unseen/";
    private static final List<String> ALLOWED = List.of("../shared/sygus/", "sygus-benchmarks/");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    @Test
    void everyFileTheTrainingReadIsAllowed() throws IOException {
        assertTrue(Files.isRegularFile(MANIFEST), "missing " + MANIFEST.toAbsolutePath());
        List<String> lines = Files.readAllLines(MANIFEST, StandardCharsets.UTF_8);
        assertFalse(lines.isEmpty(), MANIFEST + " is empty");
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String why = problem(lines.get(i));
            if (why != null) problems.add(MANIFEST + ":" + (i + 1) + ": " + why + ": " + lines.get(i));
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void theCheckRejectsWhatItShould() {
        assertNull(problem("../shared/sygus/bv/a.sl\t" + "0".repeat(64)));
        assertNull(problem("sygus-benchmarks/golden-bv/a.sl\t" + "ab".repeat(32)));
        for (String bad : List.of(
                UNSEEN + "x-and-x-minus-1.sl\t" + "0".repeat(64),
                "sygus-benchmarks/../sygus-benchmarks/neural-unseen/a.sl\t" + "0".repeat(64),
                "../shared/sygus/../../secret/a.sl\t" + "0".repeat(64),
                "../shared/other/a.sl\t" + "0".repeat(64),
                "/work/shared/sygus/bv/a.sl\t" + "0".repeat(64),
                "src/test/resources/neural/a.sl\t" + "0".repeat(64),
                "sygus-benchmarks/golden-bv/a.sl",
                "sygus-benchmarks/golden-bv/a.sl\tnot-a-hash",
                ""))
            assertNotNull(problem(bad), "accepted: " + bad);
    }

    @Test
    void theUnseenFamilyExistsToBeKeptApart() throws IOException {
        Path unseen = Path.of(UNSEEN);
        assertTrue(Files.isDirectory(unseen), "missing " + unseen.toAbsolutePath());
        try (var files = Files.list(unseen)) {
            assertTrue(files.anyMatch(p -> p.toString().endsWith(".sl")), "no .sl files under " + unseen);
        }
    }

    /** Why a manifest line is not allowed, or null if it is. */
    static String problem(String line) {
        String[] parts = line.split("\t", -1);
        if (parts.length != 2) return "expected 'path TAB sha256'";
        String path = parts[0];
        if (!path.equals(path.strip()) || path.contains("\\")) return "blanks or backslashes in the path";
        if (!SHA256.matcher(parts[1]).matches()) return "not a SHA-256";
        String prefix = null;
        for (String p : ALLOWED) if (path.startsWith(p)) prefix = p;
        if (prefix == null) return "outside " + String.join(" and ", ALLOWED);
        String rest = path.substring(prefix.length());
        for (String segment : rest.split("/", -1))
            if (segment.equals("..") || segment.equals(".") || segment.isEmpty()) return "a '" + segment + "' path segment";
        if (path.startsWith(UNSEEN)) return "under " + UNSEEN + ", the family training must never see";
        return null;
    }
}
