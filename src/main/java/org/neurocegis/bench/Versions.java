package org.neurocegis.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

/**
 * What a shard records as the version of each solver and of the checker, for {@code bench --merge} to refuse shards
 * of different builds: our jar by its content (two builds of the same version number differ), cvc5 by what it says.
 */
public final class Versions {
    private Versions() {}

    /** The Z3 that judges the answers (the one this JVM loaded). */
    public static String checker() {
        return com.microsoft.z3.Version.getFullVersion();
    }

    /** Our solver run from {@code jar}: the first 16 hex digits of the jar's SHA-256. */
    public static String jar(Path jar) {
        try (InputStream in = Files.newInputStream(jar)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
            return "neurocegis jar sha-256 " + HexFormat.of().formatHex(md.digest()).substring(0, 16);
        } catch (IOException ex) {
            return "neurocegis jar (unreadable: " + ex.getMessage() + ")";
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** A solver given as a command template: the template's SHA-256 stands for its version. */
    public static String command(String template) {
        return "command sha-256 " + sha256(template);
    }

    /** Recorded results read from {@code tsv}: its content's SHA-256. */
    public static String baseline(Path tsv) {
        try {
            return "recorded in " + tsv.getFileName() + ", sha-256 " + sha256(Files.readString(tsv, StandardCharsets.UTF_8));
        } catch (IOException ex) {
            return "recorded in " + tsv.getFileName();
        }
    }

    /** The first line of {@code executable --version}, or what went wrong (within 30 s). */
    public static String ofExecutable(Path executable) {
        try {
            Process p = new ProcessBuilder(executable.toString(), "--version").redirectErrorStream(true).start();
            p.getOutputStream().close();
            // A version line fits the pipe's buffer, so waiting before reading cannot block the process.
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return executable.getFileName() + " (--version did not answer)";
            }
            byte[] out = p.getInputStream().readNBytes(4096);
            String first = new String(out, StandardCharsets.UTF_8).lines().findFirst().orElse("").strip();
            return executable.getFileName() + (first.isEmpty() ? " (no --version output)" : ": " + first);
        } catch (IOException ex) {
            return executable.getFileName() + " (--version failed: " + ex.getMessage() + ")";
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return executable.getFileName() + " (--version interrupted)";
        }
    }

    /** The first 16 hex digits of the SHA-256 of {@code text}. */
    static String sha256(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, 16);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
