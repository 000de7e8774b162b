package org.neurocegis.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.neurocegis.sexpr.ParseException;
import org.neurocegis.sygus.Problem;
import org.neurocegis.sygus.SygusParser;

/** Reads a problem file for a command, turning every kind of bad input into a one-line message. */
final class ProblemFiles {
    private ProblemFiles() {}

    /** The problem, or null after printing {@code file:line:col: message} (or {@code file: message}) to {@code err}. */
    static Problem read(Path file, PrintWriter err) {
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
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException ex) {
            err.println(file + ": binary data: not UTF-8 SyGuS-IF text");
            return null;
        }
        try {
            return SygusParser.parse(text);
        } catch (ParseException ex) {
            err.println(file + ":" + ex.position() + ": " + ex.detail());
            return null;
        } catch (StackOverflowError ex) {
            err.println(file + ": the input is nested too deeply to process");
            return null;
        }
    }
}
