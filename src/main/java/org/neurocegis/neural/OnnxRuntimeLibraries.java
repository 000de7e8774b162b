package org.neurocegis.neural;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * ONNX Runtime's native libraries, unpacked once into a per-user cache and loaded in place from there
 * ({@code onnxruntime.native.path}), instead of ONNX Runtime's default of copying 21 MB into a fresh temporary
 * folder on every run (which a killed run leaves behind). The cache folder is keyed by the runtime jar (path, size,
 * time) and written atomically: unpacked into a private folder beside it, then renamed. Where anything fails (no
 * home, read-only disk, an unknown platform), ONNX Runtime's own loading is left as it is.
 */
final class OnnxRuntimeLibraries {
    private static final String PROPERTY = "onnxruntime.native.path";
    private static final List<String> LIBRARIES = List.of("libonnxruntime.so", "libonnxruntime4j_jni.so");
    private static final long STALE_MILLIS = 3_600_000;

    private OnnxRuntimeLibraries() {}

    /** Points ONNX Runtime at the cached libraries, unpacking them first if needed. Call before its first use. */
    static synchronized void prepare() {
        // os.name read directly: SystemUtils' class set-up reads every system property (20 ms at start-up)
        if (System.getProperty(PROPERTY) != null || !System.getProperty("os.name", "").startsWith("Linux")) return;
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String platform = arch.equals("amd64") || arch.equals("x86_64") ? "linux-x64"
                : arch.equals("aarch64") ? "linux-aarch64" : null;
        if (platform == null) return;
        try {
            Path cache = cacheRoot();
            if (cache == null) return;
            Path dir = cache.resolve("onnxruntime-" + platform + "-" + jarKey());
            if (!complete(dir)) unpack(cache, dir, platform);
            if (complete(dir)) System.setProperty(PROPERTY, dir.toString());
            removeEmptyRuntimeFolders();
        } catch (IOException | RuntimeException e) {
            // ONNX Runtime unpacks its libraries itself, as it does by default
        }
    }

    private static Path cacheRoot() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home", ""), ".cache");
        if (!base.isAbsolute()) return null;
        return base.resolve("neurocegis");
    }

    /** Identifies the runtime jar in use: its path, size and modification time. */
    private static String jarKey() throws IOException {
        Path jar;
        try {
            jar = Path.of(ai.onnxruntime.OrtEnvironment.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IOException("cannot locate the ONNX Runtime jar", e);
        }
        String identity = jar.toAbsolutePath() + "\n" + Files.size(jar) + "\n" + Files.getLastModifiedTime(jar).toMillis();
        // a checksum, not a secure hash: it names a folder, and SHA-256's first use costs 45 ms of provider set-up
        CRC32 crc = new CRC32();
        crc.update(identity.getBytes(StandardCharsets.UTF_8));
        return Long.toHexString(crc.getValue());
    }

    private static boolean complete(Path dir) {
        for (String lib : LIBRARIES) if (!Files.isRegularFile(dir.resolve(lib))) return false;
        return true;
    }

    private static void unpack(Path cache, Path dir, String platform) throws IOException {
        Files.createDirectories(cache);
        removeStale(cache);
        Path tmp = Files.createTempDirectory(cache, ".unpacking-");
        try {
            for (String lib : LIBRARIES) {
                try (InputStream in = ai.onnxruntime.OrtEnvironment.class.getResourceAsStream(
                        "/ai/onnxruntime/native/" + platform + "/" + lib)) {
                    if (in == null) throw new IOException("no " + lib + " for " + platform + " in the runtime jar");
                    Files.copy(in, tmp.resolve(lib));
                }
            }
            try {
                Files.move(tmp, dir, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
                // another run got there first (or the disk cannot rename atomically): theirs, or none
            } catch (IOException e) {
                if (!complete(dir)) throw e;
            }
        } finally {
            deleteTree(tmp);
        }
    }

    /**
     * ONNX Runtime creates an (empty, with the path set) temporary folder while it loads and removes it after; a run
     * killed in that instant leaves it behind. Such folders, empty and older than ten minutes, are removed.
     */
    private static void removeEmptyRuntimeFolders() {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir", "/tmp"));
        long now = System.currentTimeMillis();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(tmp, "onnxruntime-java*")) {
            for (Path p : s) {
                try {
                    if (Files.isDirectory(p) && now - Files.getLastModifiedTime(p).toMillis() > 600_000) Files.delete(p);
                } catch (IOException e) {
                    // not empty, or not ours: left alone
                }
            }
        } catch (IOException e) {
            // no temporary folder to look at
        }
    }

    /** Folders left by runs killed while unpacking. */
    private static void removeStale(Path cache) {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(cache, ".unpacking-*")) {
            long now = System.currentTimeMillis();
            for (Path p : s) {
                if (now - Files.getLastModifiedTime(p).toMillis() > STALE_MILLIS) deleteTree(p);
            }
        } catch (IOException e) {
            // nothing to clean, or not ours to clean
        }
    }

    private static void deleteTree(Path p) {
        if (!Files.exists(p)) return;
        try (DirectoryStream<Path> s = Files.newDirectoryStream(p)) {
            for (Path c : s) Files.deleteIfExists(c);
        } catch (IOException e) {
            // best effort
        }
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // best effort
        }
    }
}
