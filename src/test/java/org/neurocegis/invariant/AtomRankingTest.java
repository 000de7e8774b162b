package org.neurocegis.invariant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.neurocegis.neural.UniformProposer;
import org.neurocegis.search.Examples;
import org.neurocegis.search.Proposer;
import org.neurocegis.search.Weights;
import org.neurocegis.sygus.Grammar;
import org.neurocegis.sygus.NonTerminal;
import org.neurocegis.sygus.Problem;
import org.neurocegis.sygus.Production;
import org.neurocegis.sygus.SygusParser;
import org.neurocegis.sygus.SynthFun;
import org.neurocegis.term.Op;
import org.neurocegis.term.Sort;
import org.neurocegis.term.Term;
import org.neurocegis.term.Value;

/** Atoms ranked through the proposer interface: uniform weights keep the fixed order, costs move atoms, no atom lost. */
class AtomRankingTest {
    private static final Path GOLDEN = Path.of("sygus-benchmarks/golden-inv");

    /** A golden problem's pool, as the learner builds it (grammar-restricted where the problem has a grammar). */
    private record Built(Problem problem, SynthFun inv, AtomPool.Pool pool, List<List<Value>> samples) {}

    private static List<Built> goldenPools() throws Exception {
        List<Built> out = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(GOLDEN)) {
            files = s.filter(p -> p.toString().endsWith(".sl")).sorted().toList();
        }
        for (Path f : files) {
            Problem problem = SygusParser.parse(Files.readString(f));
            Optional<TransitionSystem> system = TransitionSystem.of(problem);
            if (system.isEmpty()) continue;
            List<List<Value>> states = new ArrayList<>();
            for (Sampler.Sample s : Sampler.reachable(system.get(), 4, 2, System.nanoTime() + 20_000_000_000L)) states.add(s.state());
            AtomPool.Pool pool = AtomPool.of(system.get(), states);
            SynthFun inv = system.get().invariant();
            if (inv.grammar().isPresent()) pool = AtomPool.inGrammar(pool, inv);
            out.add(new Built(problem, inv, pool, states));
        }
        assertTrue(out.size() >= 10, "golden invariant problems found: " + out.size());
        return out;
    }

    @Test
    void uniformWeightsKeepTheFixedOrderAndEveryAtomHasADerivation() throws Exception {
        int atoms = 0;
        for (Built b : goldenPools()) {
            AtomPool.Pool ranked = AtomRanking.of(new UniformProposer(), b.problem()).rank(b.pool(), b.inv(), b.samples());
            assertEquals(b.pool().candidates(), ranked.candidates(), b.inv().name());
            assertEquals(b.pool().spec(), ranked.spec(), b.inv().name());
            assertEquals(b.pool().all(), ranked.all(), b.inv().name());
            // the order is kept because every atom costs nothing beyond its size, not because none has a derivation
            Grammar g = AtomRanking.grammar(b.inv(), b.pool().candidates());
            int[][] unit = Weights.uniform(g).costs();
            for (Term a : b.pool().candidates()) {
                assertEquals(0, AtomRanking.excess(a, g, b.inv().params(), unit), a.toString());
                atoms++;
            }
        }
        assertTrue(atoms > 100, "atoms checked: " + atoms);
    }

    private static final Term.Var X = new Term.Var("x", Sort.INT);
    private static final Term.Var Y = new Term.Var("y", Sort.INT);

    private static SynthFun inv() throws Exception {
        Problem p = SygusParser.parse("""
                (set-logic LIA)
                (synth-inv inv ((x Int) (y Int)))
                (define-fun pre ((x Int) (y Int)) Bool (and (= x 0) (= y 0)))
                (define-fun trans ((x Int) (y Int) (x! Int) (y! Int)) Bool (and (= x! (+ x 1)) (= y! (+ y 1))))
                (define-fun post ((x Int) (y Int)) Bool (<= x (+ y 5)))
                (inv-constraint inv pre trans post)
                (check-synth)
                """);
        return p.synthFuns().get(0);
    }

    private static Term side(Op op, Op cmp, long c) {
        return Term.app(cmp, Term.app(op, X, Y), Term.integer(c));
    }

    /** Costs 3 everywhere but {@code cheap}'s production of the Int non-terminal (cost 1). */
    private static int[][] favouring(Grammar g, Op cheap) {
        int[][] costs = new int[g.nonTerminals().size()][];
        for (int i = 0; i < costs.length; i++) {
            NonTerminal nt = g.nonTerminals().get(i);
            costs[i] = new int[nt.productions().size()];
            for (int j = 0; j < costs[i].length; j++) {
                boolean isCheap = nt.productions().get(j) instanceof Production.Rule r && r.template() instanceof Term.App a
                        && a.op() == cheap;
                costs[i][j] = isCheap ? 1 : 3;
            }
        }
        return costs;
    }

    @Test
    void costsThatFavourAnOperatorMoveItsAtomsToTheFront() throws Exception {
        SynthFun inv = inv();
        List<Term> atoms = List.of(Term.app(Op.LE, X, Term.integer(5)), side(Op.ADD, Op.LE, 3), side(Op.ADD, Op.GE, 0),
                side(Op.SUB, Op.LE, 3), side(Op.SUB, Op.GE, -2), Term.app(Op.GE, Y, Term.integer(0)));
        Grammar g = AtomRanking.grammar(inv, atoms);
        // the differences cost less than the sums of the same shape when - is cheap: they move ahead of them
        List<Term> bySub = AtomRanking.rank(atoms, g, inv.params(), favouring(g, Op.SUB));
        assertEquals(List.of(atoms.get(0), atoms.get(5), atoms.get(3), atoms.get(4), atoms.get(1), atoms.get(2)), bySub);
        // and the other way round when + is
        List<Term> byAdd = AtomRanking.rank(atoms, g, inv.params(), favouring(g, Op.ADD));
        assertEquals(List.of(atoms.get(0), atoms.get(5), atoms.get(1), atoms.get(2), atoms.get(3), atoms.get(4)), byAdd);
        // >= is read as the mirrored <=: a cheap <= makes both sides of a bound cheap alike
        List<Term> byLe = AtomRanking.rank(List.of(side(Op.ADD, Op.LE, 3), Term.app(Op.GE, Y, Term.integer(0))), g,
                inv.params(), favouring(g, Op.LE));
        assertEquals(Term.app(Op.GE, Y, Term.integer(0)), byLe.get(0));
        assertEquals(AtomRanking.excess(Term.app(Op.LE, Term.integer(0), Y), g, inv.params(), favouring(g, Op.LE)),
                AtomRanking.excess(Term.app(Op.GE, Y, Term.integer(0)), g, inv.params(), favouring(g, Op.LE)));
    }

    @Test
    void aProposerThatFavoursAnOperatorReordersThePoolThroughTheInterface() throws Exception {
        // the same as above through Proposer.weights: probabilities that make - likely and + unlikely
        Proposer subLikely = new Proposer() {
            @Override public Weights weights(Problem problem, SynthFun function, Grammar grammar, Examples examples) {
                double[][] p = new double[grammar.nonTerminals().size()][];
                for (int i = 0; i < p.length; i++) {
                    List<Production> ps = grammar.nonTerminals().get(i).productions();
                    p[i] = new double[ps.size()];
                    for (int j = 0; j < ps.size(); j++) {
                        boolean sub = ps.get(j) instanceof Production.Rule r && r.template() instanceof Term.App a && a.op() == Op.SUB;
                        p[i][j] = sub ? 0.9 : 0.1 / ps.size();
                    }
                }
                return new Weights(p, 1.0, 8, false);
            }

            @Override public String name() {
                return "sub-likely";
            }
        };
        SynthFun inv = inv();
        List<Term> atoms = List.of(side(Op.ADD, Op.LE, 3), side(Op.SUB, Op.LE, 3));
        AtomPool.Pool pool = new AtomPool.Pool(atoms, List.of(), atoms, List.of(X, Y));
        AtomRanking ranking = AtomRanking.of(subLikely, null);
        assertTrue(ranking.reorders());
        AtomPool.Pool ranked = ranking.rank(pool, inv, List.of(List.of(Value.of(0), Value.of(0))));
        assertEquals(List.of(atoms.get(1), atoms.get(0)), ranked.candidates());
        assertEquals(atoms, ranked.all());
        assertTrue(!AtomRanking.of(new UniformProposer(), null).reorders() && !AtomRanking.FIXED.reorders());
    }

    @Test
    void rankingNeverDropsOrDuplicatesAnAtom() throws Exception {
        Random random = new Random(13);
        int moved = 0;
        for (Built b : goldenPools()) {
            Grammar g = AtomRanking.grammar(b.inv(), b.pool().candidates());
            for (int trial = 0; trial < 5; trial++) {
                int[][] costs = new int[g.nonTerminals().size()][];
                for (int i = 0; i < costs.length; i++) {
                    costs[i] = random.ints(g.nonTerminals().get(i).productions().size(), 1, 9).toArray();
                }
                List<Term> ranked = AtomRanking.rank(b.pool().candidates(), g, b.inv().params(), costs);
                assertEquals(b.pool().candidates().size(), ranked.size());
                assertEquals(new HashSet<>(b.pool().candidates()), new HashSet<>(ranked));
                assertEquals(ranked.size(), new HashSet<>(ranked).size());
                if (!ranked.equals(b.pool().candidates())) moved++;
            }
        }
        // random costs do reorder (else this test would check nothing)
        assertNotEquals(0, moved);
    }
}
