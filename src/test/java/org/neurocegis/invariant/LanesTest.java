package org.neurocegis.invariant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.neurocegis.sygus.Problem;
import org.neurocegis.sygus.SygusParser;
import org.neurocegis.sygus.SygusPrinter;
import org.neurocegis.term.FunctionDefinition;
import org.neurocegis.term.Sort;
import org.neurocegis.verify.Certificate;
import org.neurocegis.verify.InfeasibilityChecker;
import org.neurocegis.verify.SolutionChecker;

/** The transition system, Spacer's invariants (proved from their printed text) and BMC's traces (replayed), on real Z3. */
class LanesTest {
    private static final Path GOLDEN = Path.of("sygus-benchmarks/golden-inv");

    private static Problem golden(String name) throws Exception {
        return SygusParser.parse(Files.readString(GOLDEN.resolve(name)));
    }

    private static long seconds(double s) {
        return System.nanoTime() + (long) (s * 1e9);
    }

    @Test
    void onlyPureInvariantProblemsHaveATransitionSystem() throws Exception {
        assertTrue(TransitionSystem.of(golden("counter.sl")).isPresent());
        Problem general = SygusParser.parse("(set-logic LIA)(synth-fun f ((x Int)) Int)(declare-var x Int)"
                + "(constraint (>= (f x) x))(check-synth)");
        assertTrue(TransitionSystem.of(general).isEmpty());
        TransitionSystem s = TransitionSystem.of(golden("nondeterministic-step.sl")).orElseThrow();
        assertEquals(List.of("step"), s.inputs().stream().map(v -> v.name()).toList());
        assertEquals(List.of("x"), s.state().stream().map(v -> v.name()).toList());
    }

    @Test
    void spacersInvariantsPassTheIndependentChecker() throws Exception {
        for (String name : List.of("counter.sl", "nondeterministic-step.sl", "sum-equality.sl", "lustre-2-inductive.sl",
                "ssa-noise.sl")) {
            Problem p = golden(name);
            TransitionSystem s = TransitionSystem.of(p).orElseThrow();
            Spacer.Answer a = Spacer.solve(s, seconds(20));
            Spacer.Answer.Invariant inv = assertInstanceOf(Spacer.Answer.Invariant.class, a, name);
            String printed = SygusPrinter.solution(List.of(new FunctionDefinition(s.invariant().name(),
                    s.invariant().params(), Sort.BOOL, inv.body())));
            assertEquals(SolutionChecker.Status.SOLVED, SolutionChecker.check(p, printed, 20_000).status(), name + ": " + printed);
        }
    }

    @Test
    void spacerSaysUnsafeAndBmcFindsATraceThatReplays() throws Exception {
        Problem p = golden("unsafe-depth-3-input.sl");
        TransitionSystem s = TransitionSystem.of(p).orElseThrow();
        assertInstanceOf(Spacer.Answer.Unsafe.class, Spacer.solve(s, seconds(20)));
        assertTrue(Bmc.search(s, 2, seconds(20)).isEmpty(), "no bad state within 2 steps");
        Certificate.Trace t = Bmc.search(s, 10, seconds(20)).orElseThrow();
        assertEquals(4, t.states().size(), "the shortest path has 3 steps");
        InfeasibilityChecker.Verdict v = InfeasibilityChecker.check(p, t, Long.MAX_VALUE, 10_000);
        assertTrue(v.confirmed(), v.detail());
    }

    @Test
    void aSafeSystemHasNoTrace() throws Exception {
        TransitionSystem s = TransitionSystem.of(golden("safe-but-deep.sl")).orElseThrow();
        Optional<Certificate.Trace> t = Bmc.search(s, 30, seconds(20));
        assertTrue(t.isEmpty());
        InvariantEngine.Result r = InvariantEngine.run(s, InvariantEngine.Kind.spacer, seconds(20), null);
        assertInstanceOf(InvariantEngine.Result.Found.class, r);
    }
}
