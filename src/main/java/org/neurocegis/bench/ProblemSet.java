package org.neurocegis.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.neurocegis.sexpr.ParseException;
import org.neurocegis.sygus.Problem;
import org.neurocegis.sygus.SygusParser;

/**
 * Finds the {@code .sl} files under the given folders and reads each with our parser. A problem is known to be
 * infeasible when its file has a {@code ; EXPECT: infeasible} comment, or when an {@code infeasible.txt} in its
 * track folder or beside it lists it as {@code track/file}.
 */
public final class ProblemSet {
    private static final Pattern EXPECT_INFEASIBLE =
            Pattern.compile("^\\s*;+\\s*EXPECT:\\s*infeasible\\b.*", Pattern.CASE_INSENSITIVE);

    private ProblemSet() {}

    /** The {@code .sl} files under {@code roots} (folders, searched recursively, or single files), sorted, without duplicates. */
    public static List<Path> find(List<Path> roots) throws IOException {
        Set<Path> files = new LinkedHashSet<>();
        for (Path root : roots) {
            if (Files.isRegularFile(root)) {
                files.add(root.toAbsolutePath().normalize());
                continue;
            }
            if (!Files.isDirectory(root)) throw new IOException(root + ": no such folder");
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".sl"))
                        .filter(p -> !hidden(root, p))
                        .map(p -> p.toAbsolutePath().normalize())
                        .sorted()
                        .forEach(files::add);
            }
        }
        return new ArrayList<>(files);
    }

    private static boolean hidden(Path root, Path p) {
        for (Path part : root.relativize(p)) if (part.toString().startsWith(".")) return true;
        return false;
    }

    /** The name {@code track/file} that {@link #load} gives the problem of {@code file}. */
    public static String key(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return track(abs) + "/" + abs.getFileName();
    }

    private static String track(Path abs) {
        Path dir = abs.getParent();
        return dir == null || dir.getFileName() == null ? "." : dir.getFileName().toString();
    }

    /** Reads one file: its track, whether it is known to be infeasible, and the parsed problem or the parse error. */
    public static BenchProblem load(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path dir = abs.getParent();
        String track = track(abs);
        String name = abs.getFileName().toString();
        boolean listed = listedInfeasible(dir, track + "/" + name);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(abs);
        } catch (IOException ex) {
            return new BenchProblem(abs, track, name, null, "cannot read: " + ex.getMessage(), listed);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException ex) {
            return new BenchProblem(abs, track, name, null, "binary data: not UTF-8 SyGuS-IF text", listed);
        }
        boolean expect = text.lines().anyMatch(l -> EXPECT_INFEASIBLE.matcher(l).matches());
        try {
            Problem p = SygusParser.parse(text);
            return new BenchProblem(abs, track, name, p, null, listed || expect);
        } catch (ParseException ex) {
            return new BenchProblem(abs, track, name, null, ex.position() + ": " + ex.detail(), listed || expect);
        } catch (StackOverflowError ex) {
            return new BenchProblem(abs, track, name, null, "nested too deeply to process", listed || expect);
        } catch (RuntimeException ex) {
            return new BenchProblem(abs, track, name, null, "parser failure: " + ex, listed || expect);
        }
    }

    private static boolean listedInfeasible(Path trackDir, String key) {
        if (trackDir == null) return false;
        List<Path> lists = new ArrayList<>();
        lists.add(trackDir.resolve("infeasible.txt"));
        if (trackDir.getParent() != null) lists.add(trackDir.getParent().resolve("infeasible.txt"));
        for (Path list : lists) {
            if (readList(list).contains(key)) return true;
        }
        return false;
    }

    private static Set<String> readList(Path list) {
        Set<String> keys = new HashSet<>();
        if (!Files.isRegularFile(list)) return keys;
        try {
            for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) keys.add(t);
            }
        } catch (IOException ex) {
            // An unreadable list lists nothing.
        }
        return keys;
    }
}
