package org.neurocegis.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code index}-th of {@code count} slices of a benchmark's problems ({@code bench --shard I/N}, 1-based). The
 * problems' names ({@code track/file}) are sorted and dealt out in turn, the i-th (from 0) to slice {@code i mod N + 1}:
 * the slices depend only on the set of names, not on the order the file system lists them in, differ in size by at
 * most one, and mix the tracks.
 */
public record Shard(int index, int count) {
    /** Every problem: a run without {@code --shard}. */
    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("shard " + index + "/" + count + ": expected I/N with 1 <= I <= N");
        }
    }

    /** {@code I/N}; IllegalArgumentException saying what is wrong. */
    public static Shard parse(String text) {
        String t = text.strip();
        int slash = t.indexOf('/');
        if (slash < 0 || !t.substring(0, slash).matches("\\d{1,9}") || !t.substring(slash + 1).matches("\\d{1,9}")) {
            throw new IllegalArgumentException("'" + text + "': expected I/N, e.g. 3/8");
        }
        return new Shard(Integer.parseInt(t.substring(0, slash)), Integer.parseInt(t.substring(slash + 1)));
    }

    /** The files of {@code files} in this slice, in their given order (every file of a name goes to the same slice). */
    public List<Path> select(List<Path> files) {
        List<String> names = new ArrayList<>(new TreeSet<>(keys(files)));
        Set<String> mine = new HashSet<>();
        for (int i = index - 1; i < names.size(); i += count) mine.add(names.get(i));
        List<Path> selected = new ArrayList<>();
        for (Path f : files) if (mine.contains(ProblemSet.key(f))) selected.add(f);
        return selected;
    }

    /** The distinct problem names of {@code files}, in order of first appearance. */
    public static List<String> keys(List<Path> files) {
        Set<String> keys = new LinkedHashSet<>();
        for (Path f : files) keys.add(ProblemSet.key(f));
        return new ArrayList<>(keys);
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
