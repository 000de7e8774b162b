package org.neurocegis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neurocegis.sygus.Problem;
import org.neurocegis.sygus.SygusParser;
import org.neurocegis.term.Evaluator;
import org.neurocegis.term.Value;

class VerifyCommandTest {
    private static final String RIGHTMOST = """
            (set-logic BV)
            (synth-fun f ((x (_ BitVec 32))) (_ BitVec 32)
              ((Start (_ BitVec 32)))
              ((Start (_ BitVec 32) (x #x00000001 (bvnot Start) (bvand Start Start) (bvor Start Start) (bvsub Start Start)))))
            (declare-var x (_ BitVec 32))
            (constraint (= (f x) (bvand x (bvsub x #x00000001))))
            (check-synth)
            """;

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    private static Path write(Path dir, String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void aCorrectCandidateIsProvedWithAGrammarNote(@TempDir Path dir) throws IOException {
        Path problem = write(dir, "p.sl", RIGHTMOST);
        // solve's own output format, with other parameter names
        Path candidate = write(dir, "c.sl", "(\n(define-fun f ((y (_ BitVec 32))) (_ BitVec 32) (bvand y (bvsub y #x00000001)))\n)\n");
        CommandRun r = run("verify", problem.toString(), candidate.toString());
        assertEquals(0, r.exit(), r.out() + r.err());
        assertTrue(r.out().startsWith("proved"), r.out());
        assertTrue(r.out().contains("f is derivable from its grammar"), r.out());
        Path outside = write(dir, "o.sl", "(define-fun f ((x (_ BitVec 32))) (_ BitVec 32) (bvand x (bvadd x #xffffffff)))");
        CommandRun r2 = run("verify", problem.toString(), outside.toString());
        assertEquals(0, r2.exit(), r2.out());
        assertTrue(r2.out().contains("not derivable"), r2.out());
        assertEquals(1, run("verify", "--strict-grammar", problem.toString(), outside.toString()).exit());
    }

    @Test
    void distinctCounterexamplesAreShrunkAndFailOnTheEvaluator(@TempDir Path dir) throws Exception {
        Path problem = write(dir, "p.sl", RIGHTMOST);
        Path candidate = write(dir, "c.sl", "(define-fun f ((x (_ BitVec 32))) (_ BitVec 32) (bvor x (bvsub x #x00000001)))");
        CommandRun r = run("verify", "--cex", "3", problem.toString(), candidate.toString());
        assertEquals(1, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("(" + problem + ":6:1)"), r.out());
        Matcher m = Pattern.compile("x = (#x[0-9a-f]{8})").matcher(r.out());
        Problem p = SygusParser.parse(RIGHTMOST);
        Evaluator ev = new Evaluator().with(SygusParser.parseSolution(p, Files.readString(candidate)));
        Set<String> points = new HashSet<>();
        while (m.find()) {
            points.add(m.group(1));
            Map<String, Value> env = new HashMap<>();
            env.put("x", Value.BitVecValue.of(32, Long.parseUnsignedLong(m.group(1).substring(2), 16)));
            assertEquals(Value.FALSE, ev.eval(p.constraints().get(0), env), "not a counterexample: " + m.group(1));
            assertTrue(Long.bitCount(Long.parseUnsignedLong(m.group(1).substring(2), 16)) <= 2
                    || m.group(1).equals("#xffffffff"), "not shrunk: " + m.group(1));
        }
        assertEquals(3, points.size(), r.out());
        assertTrue(r.out().contains("expected") && r.out().contains("differing bits"), r.out());
        CommandRun json = run("verify", "--format", "json", problem.toString(), candidate.toString());
        assertTrue(json.out().startsWith("{\"verdict\":\"counterexample\""), json.out());
        CommandRun sexpr = run("verify", "--format", "sexpr", problem.toString(), candidate.toString());
        assertTrue(sexpr.out().startsWith("(verify\n  (verdict counterexample)"), sexpr.out());
    }

    @Test
    void otherConstraintsShowTheFailingConjunctAndAnAcceptedOutput(@TempDir Path dir) throws IOException {
        Path problem = write(dir, "q.sl", """
                (set-logic LIA)
                (synth-fun m ((a Int) (b Int)) Int)
                (declare-var a Int)
                (declare-var b Int)
                (constraint (and (>= (m a b) a) (>= (m a b) b) (or (= (m a b) a) (= (m a b) b))))
                (check-synth)
                """);
        Path candidate = write(dir, "c.sl", "(define-fun m ((a Int) (b Int)) Int a)");
        CommandRun r = run("verify", problem.toString(), candidate.toString());
        assertEquals(1, r.exit(), r.out());
        assertTrue(r.out().contains("fails: (>= (m a b) b)"), r.out());
        assertTrue(r.out().contains("an accepted output of m:"), r.out());
    }

    @Test
    void unsatisfiableAssumesAndUnusedFunctionsAreWarnedAbout(@TempDir Path dir) throws IOException {
        Path problem = write(dir, "v.sl", "(set-logic LIA)\n(synth-fun m ((a Int)) Int)\n(synth-fun g ((a Int)) Int)\n"
                + "(declare-var a Int)\n(assume (> a 1))\n(assume (< a 0))\n(constraint (= (m a) 1))\n(check-synth)\n");
        Path candidate = write(dir, "c.sl", "(define-fun m ((a Int)) Int 0)\n(define-fun g ((a Int)) Int 0)");
        CommandRun r = run("verify", problem.toString(), candidate.toString());
        assertEquals(0, r.exit(), r.out());
        assertTrue(r.out().contains("warning: the assumes are unsatisfiable"), r.out());
        assertTrue(r.out().contains("warning: no constraint mentions g"), r.out());
    }

    @Test
    void badCandidatesExitWithTwoAndAPosition(@TempDir Path dir) throws IOException {
        Path problem = write(dir, "p.sl", RIGHTMOST);
        String[][] cases = {
                {"(define-fun f ((x (_ BitVec 32)) (y (_ BitVec 32))) (_ BitVec 32) x)", ":1:15: f has 1 parameter"},
                {"(define-fun f ((x (_ BitVec 8))) (_ BitVec 32) #x00000000)", ":1:15: parameter 1 of f"},
                {"(define-fun f ((x (_ BitVec 32))) (_ BitVec 32) (bvand x z))", ":1:58: undeclared symbol z"},
                {"(define-fun g ((x (_ BitVec 32))) (_ BitVec 32) x)", ":1:13: g is not a function to synthesise"},
        };
        for (String[] c : cases) {
            Path candidate = write(dir, "c.sl", c[0]);
            CommandRun r = run("verify", problem.toString(), candidate.toString());
            assertEquals(Main.EXIT_BAD_INPUT, r.exit(), c[0]);
            assertTrue(r.err().strip().startsWith(candidate + c[1]), r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
        }
        Path binary = dir.resolve("b.sl");
        Files.write(binary, "(define-fun f ((x (_ BitVec 32))) (_ BitVec 32) \u00ff)".getBytes(StandardCharsets.ISO_8859_1));
        CommandRun r = run("verify", problem.toString(), binary.toString());
        assertEquals(Main.EXIT_BAD_INPUT, r.exit());
        assertTrue(r.err().startsWith(binary + ":1:49: binary data"), r.err());
    }

    @Test
    void aWideDivisionOutsideTheIntBlastingFragmentStaysUnknownWithTheReason(@TempDir Path dir) throws IOException {
        // x mod y = x - (x div y) * y at 64 bits: too wide for the bit-blaster, and a quotient by a variable has no
        // exact linear form
        Path problem = write(dir, "p.sl", """
                (set-logic BV)
                (synth-fun f ((x (_ BitVec 64)) (y (_ BitVec 64))) (_ BitVec 64))
                (declare-var x (_ BitVec 64))
                (declare-var y (_ BitVec 64))
                (constraint (= (f x y) (bvurem x y)))
                (check-synth)
                """);
        Path candidate = write(dir, "c.fun",
                "(define-fun f ((x (_ BitVec 64)) (y (_ BitVec 64))) (_ BitVec 64) (bvsub x (bvmul (bvudiv x y) y)))");
        CommandRun r = run("verify", "--z3-timeout", "1000", "--tests", "1000", problem.toString(), candidate.toString());
        assertEquals(4, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("outside the fragment int-blasting restates exactly (bvudiv by a non-constant operand)"), r.out());
        assertTrue(r.out().contains("no counterexample in 1000 tests, not a proof"), r.out());
    }
}
