package org.neurocegis.nativelib;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.zip.CRC32;

/**
 * Finds a folder holding a runtime's native libraries, ready to be loaded in place: {@code native/<platform>/} beside
 * the build (unpacked by {@code mvn package}), or else a per-user cache ({@code $XDG_CACHE_HOME/neurocegis} or
 * {@code ~/.cache/neurocegis}), unpacked once and reused. Both are checked against the libraries in the artifact
 * (name, size and CRC from the jar's directory, which costs no unpacking), so a rebuilt or upgraded artifact is never
 * paired with stale libraries. The cache is written atomically: unpacked into a private folder, then renamed.
 */
public final class NativeLibraries {
    /** Overrides where {@code native/} is (the launcher's checkout, say). */
    public static final String ROOT_PROPERTY = "neurocegis.native";
    private static final long STALE_MILLIS = 3_600_000;

    private NativeLibraries() {}

    /** This machine's platform as {@code native/} names it ({@code linux-x64}, ...), or null if none is bundled. */
    public static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String cpu = arch.equals("amd64") || arch.equals("x86_64") ? "x64" : arch.equals("aarch64") ? "aarch64" : null;
        return os.startsWith("linux") && cpu != null ? "linux-" + cpu : null;
    }

    /** Z3's libraries (the turnkey artifact's layout); {@code libz3java} finds {@code libz3} beside it. */
    public static NativeBundle z3(Class<?> owner) {
        String platform = platform();
        if (platform == null) return null;
        String dir = "com/microsoft/z3/linux/" + (platform.endsWith("x64") ? "amd64" : "aarch64");
        return new NativeBundle("z3", owner, dir, List.of("libz3.so", "libz3java.so"));
    }

    /** ONNX Runtime's libraries, loaded by ONNX Runtime itself from the folder ({@code onnxruntime.native.path}). */
    public static NativeBundle onnxRuntime(Class<?> owner) {
        String platform = platform();
        if (platform == null) return null;
        return new NativeBundle("onnxruntime", owner, "ai/onnxruntime/native/" + platform,
                List.of("libonnxruntime.so", "libonnxruntime4j_jni.so"));
    }

    /**
     * A folder with the bundle's libraries, checked against the artifact: {@code native/<platform>/} if it is there
     * and current, else the per-user cache (unpacked now if needed); null if neither can be had.
     */
    public static Path folder(NativeBundle bundle) {
        if (bundle == null) return null;
        try {
            Path root = nativeRoot();
            Path built = root == null ? null : root.resolve(platform());
            List<String> stamp = built == null ? List.of() : stamp(bundle, built);
            // the build's folder, stamped with the artifact's jar as it was then: a stat instead of reading the
            // jar's directory for the content key (20 ms at start-up)
            String artifact = artifact(bundle);
            if (artifact != null && line(stamp, 1).equals(artifact)) return built;
            String key = key(bundle);
            if (line(stamp, 0).equals(key)) return built;
            Path cache = cacheRoot();
            if (cache == null) return null;
            Path dir = cache.resolve(bundle.name() + "-" + platform() + "-" + key);
            if (!current(bundle, dir, key)) unpackAtomically(bundle, cache, dir, key);
            return current(bundle, dir, key) ? dir : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Unpacks the bundle into {@code dir} (replacing what is there) and stamps it: {@code mvn package} runs this for
     * {@code native/<platform>/}.
     */
    public static void unpack(NativeBundle bundle, Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String file : bundle.files()) copy(bundle, file, dir.resolve(file));
        writeStamp(bundle, dir);
    }

    /** Stamps {@code dir} as holding the bundle's libraries: the content key, and the artifact where it is a jar. */
    private static void writeStamp(NativeBundle bundle, Path dir) throws IOException {
        String artifact = artifact(bundle);
        Files.writeString(dir.resolve(bundle.name() + ".stamp"), key(bundle) + "\n" + (artifact == null ? "" : artifact + "\n"),
                StandardCharsets.UTF_8);
    }

    /**
     * Last resort where no folder can be had (no home, a read-only disk): a fresh temporary folder, deleted at exit,
     * as the libraries' own loaders do.
     */
    public static Path temporaryFolder(NativeBundle bundle) throws IOException {
        Path dir = Files.createTempDirectory("neurocegis-" + bundle.name());
        ProcessExit.hooksNeeded();
        dir.toFile().deleteOnExit();
        for (String file : bundle.files()) {
            Path target = dir.resolve(file);
            target.toFile().deleteOnExit();
            copy(bundle, file, target);
        }
        return dir;
    }

    /**
     * The per-user cache's temporary folder (created if needed), or null if there is none: the launcher and the bench
     * give it to the JVM as {@code java.io.tmpdir} (the JVM reads that property once, at start-up). ONNX Runtime makes
     * a folder there while it loads, whatever it loads from: a run killed in that instant leaves it in our cache, not
     * in the system's temporary folder.
     */
    public static Path cacheTemporaryFolder() {
        Path cache = cacheRoot();
        if (cache == null) return null;
        try {
            return Files.createDirectories(cache.resolve("tmp"));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** If the JVM's temporary folder is the cache's, removes what runs killed over an hour ago left there. */
    public static void sweepCacheTemporaryFolder() {
        Path cache = cacheRoot();
        if (cache == null || !cache.resolve("tmp").toString().equals(System.getProperty("java.io.tmpdir"))) return;
        removeStale(cache.resolve("tmp"), "");
    }

    /** {@code native/} beside the build: the property, or the folder above {@code target/} that holds our classes. */
    static Path nativeRoot() {
        String configured = System.getProperty(ROOT_PROPERTY);
        if (configured != null && !configured.isBlank()) return Path.of(configured);
        try {
            Path code = Path.of(NativeLibraries.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path target = code.getParent();
            if (target == null || target.getFileName() == null || !target.getFileName().toString().equals("target")) return null;
            return target.getParent() == null ? null : target.getParent().resolve("native");
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    static Path cacheRoot() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home", ""), ".cache");
        return base.isAbsolute() ? base.resolve("neurocegis") : null;
    }

    /**
     * Identifies the bundle's libraries by their name, size and CRC as the jar's directory records them: a content
     * key that costs no unpacking. CRC32, not a secure hash: it names a folder.
     */
    static String key(NativeBundle bundle) throws IOException {
        StringBuilder identity = new StringBuilder(bundle.directory());
        for (String file : bundle.files()) {
            URL url = resource(bundle, file);
            URLConnection connection = url.openConnection();
            if (connection instanceof JarURLConnection jar) {
                jar.setUseCaches(true);
                JarEntry entry = jar.getJarEntry();
                identity.append('\n').append(file).append(' ').append(entry.getSize()).append(' ').append(entry.getCrc());
            } else {
                // resources in a folder (an IDE's build): their size and time stand in for the content
                Path p;
                try {
                    p = Path.of(url.toURI());
                } catch (URISyntaxException e) {
                    throw new IOException(e);
                }
                identity.append('\n').append(file).append(' ').append(Files.size(p)).append(' ')
                        .append(Files.getLastModifiedTime(p).toMillis());
            }
        }
        CRC32 crc = new CRC32();
        crc.update(identity.toString().getBytes(StandardCharsets.UTF_8));
        return String.format(Locale.ROOT, "%08x", crc.getValue());
    }

    private static URL resource(NativeBundle bundle, String file) throws IOException {
        ClassLoader loader = bundle.owner().getClassLoader();
        URL url = loader == null ? ClassLoader.getSystemResource(bundle.resource(file)) : loader.getResource(bundle.resource(file));
        if (url == null) throw new IOException("no " + bundle.resource(file) + " in the " + bundle.name() + " artifact");
        return url;
    }

    /**
     * The jar that holds the bundle, as its file name, size and modification time ({@code artifact NAME SIZE MILLIS}),
     * or null when the bundle's classes are not in a jar. The name carries the version, and a rebuilt artifact differs
     * in size or time; Maven's copy into {@code target/lib} keeps all three, so the build (which runs from the local
     * repository's copy) and the launcher see the same.
     */
    static String artifact(NativeBundle bundle) {
        try {
            CodeSource source = bundle.owner().getProtectionDomain().getCodeSource();
            if (source == null || source.getLocation() == null) return null;
            File jar = new File(source.getLocation().toURI());
            if (!jar.isFile()) return null;
            return "artifact " + jar.getName() + " " + jar.length() + " " + jar.lastModified();
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** The stamp's lines: the content key, then (stamps written since the artifact line was added) the artifact. */
    private static List<String> stamp(NativeBundle bundle, Path dir) {
        try {
            Path stamp = dir.resolve(bundle.name() + ".stamp");
            if (!Files.isRegularFile(stamp)) return List.of();
            for (String file : bundle.files()) if (!Files.isRegularFile(dir.resolve(file))) return List.of();
            return Files.readAllLines(stamp, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** Line {@code i} of a stamp (0: the content key, 1: the artifact), or "" where it has none. */
    private static String line(List<String> stamp, int i) {
        return i < stamp.size() ? stamp.get(i).strip() : "";
    }

    static boolean current(NativeBundle bundle, Path dir, String key) {
        return line(stamp(bundle, dir), 0).equals(key);
    }

    static boolean stamped(NativeBundle bundle, Path dir, String artifact) {
        return line(stamp(bundle, dir), 1).equals(artifact);
    }

    private static void copy(NativeBundle bundle, String file, Path target) throws IOException {
        try (InputStream in = resource(bundle, file).openStream()) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void unpackAtomically(NativeBundle bundle, Path cache, Path dir, String key) throws IOException {
        Files.createDirectories(cache);
        // folders left by runs killed while unpacking, and the bundle's folders for other versions
        String others = bundle.name() + "-" + platform() + "-";
        removeStale(cache, ".unpacking-", others);
        Path tmp = Files.createTempDirectory(cache, ".unpacking-");
        try {
            unpack(bundle, tmp);
            try {
                Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
                // another run got there first (or the disk cannot rename atomically): theirs, or none
            } catch (IOException e) {
                if (!current(bundle, dir, key)) throw e;
            }
        } finally {
            deleteTree(tmp);
        }
    }

    /**
     * Removes the entries of {@code dir} whose name starts with one of the prefixes and that are over an hour old.
     * Through java.io, without a lambda: every run looks, and NIO's directory streams and a lambda linked at run time
     * cost milliseconds of start-up the first time they are used.
     */
    private static void removeStale(Path dir, String... prefixes) {
        long now = System.currentTimeMillis();
        File[] entries = dir.toFile().listFiles();
        if (entries == null) return; // nothing to clean, or not ours to clean
        for (File f : entries) {
            long modified = f.lastModified();
            if (modified == 0 || now - modified <= STALE_MILLIS) continue;
            // by hand: Commons Lang's StringUtils costs 25 ms of start-up to load
            for (String prefix : prefixes) {
                if (f.getName().startsWith(prefix)) {
                    deleteTree(f.toPath());
                    break;
                }
            }
        }
    }

    private static void deleteTree(Path p) {
        File dir = p.toFile();
        File[] children = dir.listFiles();
        // best effort: what cannot be deleted now is left for a later run
        if (children != null) for (File c : children) c.delete();
        dir.delete();
    }

    /** {@code mvn package}: unpacks every bundle for this platform into {@code ARGS[0]/<platform>/}. */
    public static void main(String[] args) throws IOException, ClassNotFoundException {
        if (args.length != 1) throw new IllegalArgumentException("usage: NativeLibraries NATIVE_DIR");
        String platform = platform();
        if (platform == null) {
            System.out.println("native: no bundled libraries for " + System.getProperty("os.name") + "/" + System.getProperty("os.arch"));
            return;
        }
        ClassLoader loader = NativeLibraries.class.getClassLoader();
        Path dir = Path.of(args[0]).resolve(platform);
        for (NativeBundle bundle : List.of(z3(Class.forName("com.microsoft.z3.Native", false, loader)),
                onnxRuntime(Class.forName("ai.onnxruntime.OrtEnvironment", false, loader)))) {
            if (current(bundle, dir, key(bundle))) {
                // a folder stamped before the stamp named the artifact, or from the same artifact copied anew
                String artifact = artifact(bundle);
                if (artifact != null && !stamped(bundle, dir, artifact)) writeStamp(bundle, dir);
                continue;
            }
            unpack(bundle, dir);
            System.out.println("native: unpacked " + bundle.name() + " into " + dir);
        }
    }
}
