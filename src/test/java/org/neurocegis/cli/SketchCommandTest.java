package org.neurocegis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurocegis.sketch.SketchSolver;
import org.neurocegis.sygus.Problem;
import org.neurocegis.sygus.SygusParser;
import org.neurocegis.verify.SolutionChecker;

class SketchCommandTest {
    private static final Path GOLDEN = Path.of("sygus-benchmarks", "golden-sketch");

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    @Test
    void theHoleNotationDesugarsToAStandardSketchThatFillsTheSame() throws Exception {
        Path file = GOLDEN.resolve("turn-off-rightmost-constant.sl");
        CommandRun emitted = run("sketch", "--emit-sygus", file.toString());
        assertEquals(0, emitted.exit(), emitted.err());
        assertTrue(emitted.out().contains("(synth-fun f ((x (_ BitVec 32))) (_ BitVec 32)"), emitted.out());
        assertTrue(emitted.out().contains("(??1 (_ BitVec 32) ((Constant (_ BitVec 32))))"), emitted.out());
        Problem standard = SygusParser.parse(emitted.out());
        assertTrue(SketchSolver.isSketch(standard));
        CommandRun filled = run("sketch", file.toString());
        assertEquals(0, filled.exit(), filled.err());
        assertTrue(filled.out().contains("; hole (?? (_ BitVec 32)) at " + file + ":5:21 = #xffffffff"), filled.out());
        assertEquals(SolutionChecker.Status.SOLVED, SolutionChecker.check(standard, filled.out(), 10_000).status(), filled.out());
    }

    @Test
    void aSketchWithoutFillingIsInfeasibleWithItsReason() {
        CommandRun r = run("sketch", GOLDEN.resolve("no-filling.sl").toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("infeasible", r.out().strip());
        assertTrue(r.err().startsWith("; no filling of the 1 hole satisfies the specification at the input"), r.err());
    }

    @Test
    void aBadHoleIsBadInputAtItsPosition(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.sl");
        Files.writeString(file, "(set-logic BV)\n(define-fun f ((x (_ BitVec 8))) (_ BitVec 8)\n  (bvand x (?? (_ BitVec 8) :expr)))\n"
                + "(declare-var x (_ BitVec 8))\n(constraint (= (f x) x))\n(check-synth)\n");
        CommandRun r = run("sketch", file.toString());
        assertEquals(Main.EXIT_BAD_INPUT, r.exit());
        assertTrue(r.err().startsWith(file + ":3:12: a hole is written"), r.err());
    }

    /** A mask no literal of the file spells: --z3-constants has Z3 choose it over the examples. */
    @Test
    void z3ConstantsFindAMaskTheLiteralsDoNotSpell(@TempDir Path dir) throws Exception {
        String text = """
                (set-logic BV)
                (synth-fun f ((x (_ BitVec 32))) (_ BitVec 32)
                  ((Start (_ BitVec 32)))
                  ((Start (_ BitVec 32) (x (Constant (_ BitVec 32)) (bvand Start Start) (bvor Start Start) (bvlshr Start Start) (bvxor Start Start)))))
                (declare-var x (_ BitVec 32))
                (constraint (= (f x) (bvand x (bvmul #x00000005 #x11111111))))
                (check-synth)
                """;
        Path file = dir.resolve("mask.sl");
        Files.writeString(file, text);
        CommandRun r = run("solve", "--z3-constants", "--timeout", "30", file.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("#x55555555"), r.out());
        assertEquals(SolutionChecker.Status.SOLVED, SolutionChecker.check(SygusParser.parse(text), r.out(), 10_000).status());
    }
}
