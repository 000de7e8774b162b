package org.neurocegis.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import java.util.List;

import org.neurocegis.sexpr.ParseException;
import org.neurocegis.sketch.Desugar;
import org.neurocegis.sexpr.Position;
import org.neurocegis.sygus.Problem;
import org.neurocegis.sygus.SygusParser;

/** Reads a problem file for a command, turning every kind of bad input into a one-line message. */
final class ProblemFiles {
    private ProblemFiles() {}

    /**
     * {@code line:col: message} for a file that is not UTF-8 text: at its first NUL character or, failing that, at
     * its first byte that is not UTF-8, counting lines and columns as the reader does.
     */
    static String binaryData(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        String prefix = out.flip().toString();
        int nul = prefix.indexOf('\0');
        if (nul >= 0) return position(prefix, nul) + ": binary data (a NUL byte) is not SyGuS-IF text";
        String bad = result.isError() && in.position() < bytes.length
                ? String.format(": binary data: byte 0x%02X is not UTF-8 text", bytes[in.position()] & 0xff)
                : ": binary data: not UTF-8 text";
        return position(prefix, prefix.length()) + bad;
    }

    private static String position(String text, int index) {
        return Position.of(text, index).toString();
    }

    /** The problem, or null after printing {@code file:line:col: message} (or {@code file: message}) to {@code err}. */
    static Problem read(Path file, PrintWriter err) {
        Loaded loaded = load(file, err);
        return loaded == null ? null : loaded.problem();
    }

    /** A problem, and the holes of its sketch when it was written in the {@code (?? S)} notation. */
    record Loaded(Problem problem, List<Desugar.Hole> holes) {}

    /** {@link #read}, desugaring the hole notation first (then errors past the holes are positions of the desugared text). */
    static Loaded load(Path file, PrintWriter err) {
        String text = readText(file, err);
        if (text == null) return null;
        try {
            Desugar.Result sketch = Desugar.desugar(text);
            return new Loaded(SygusParser.parse(sketch.sygus()), sketch.holes());
        } catch (ParseException ex) {
            err.println(file + ":" + ex.position() + ": " + ex.detail());
            return null;
        } catch (StackOverflowError ex) {
            err.println(file + ": the input is nested too deeply to process");
            return null;
        }
    }

    /** The file's text, or null after printing why it cannot be read or is not UTF-8 text. */
    static String readText(Path file, PrintWriter err) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException ex) {
            err.println(file + ": no such file");
            return null;
        } catch (IOException ex) {
            err.println(file + ": cannot read: " + ex.getMessage());
            return null;
        }
        return decode(file.toString(), bytes, err);
    }

    /** The bytes as UTF-8 text, or null after printing {@code name:line:col: binary data ...}. */
    static String decode(String name, byte[] bytes, PrintWriter err) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException ex) {
            err.println(name + ":" + binaryData(bytes));
            return null;
        }
    }
}
