package org.neurocegis.invariant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.neurocegis.term.Evaluator;
import org.neurocegis.term.Op;
import org.neurocegis.term.Sort;
import org.neurocegis.term.Term;
import org.neurocegis.term.Value;

/** The ICE sample's propagation and clashes, and decision trees consistent with it. */
class IceSampleTest {
    private static List<Value> s(long x) {
        return List.of(Value.of(x));
    }

    @Test
    void positiveLabelsPropagateForwardsAndNegativeBackwards() {
        IceSample sample = new IceSample();
        sample.addImplication(s(1), s(2));
        sample.addImplication(s(2), s(3));
        sample.addImplication(s(7), s(8));
        sample.addPositive(s(1));
        assertEquals(Set.of(s(1), s(2), s(3)), sample.positive());
        sample.addNegative(s(8));
        assertEquals(Set.of(s(7), s(8)), sample.negative());
        // an implication added later propagates too, both ways
        sample.addImplication(s(3), s(4));
        sample.addImplication(s(6), s(7));
        assertTrue(sample.positive().contains(s(4)));
        assertTrue(sample.negative().contains(s(6)));
        assertFalse(sample.clash());
    }

    @Test
    void aReachableStateThatLeadsToABadOneIsAClash() {
        IceSample sample = new IceSample();
        sample.addPositive(s(0));
        sample.addImplication(s(5), s(6));
        sample.addNegative(s(6));
        assertFalse(sample.clash());
        sample.addImplication(s(0), s(5));
        assertTrue(sample.clash(), "0 is reachable and reaches 6, which is bad");

        IceSample direct = new IceSample();
        direct.addNegative(s(3));
        direct.addPositive(s(3));
        assertTrue(direct.clash());
    }

    @Test
    void theTreeIsConsistentWithTheSample() {
        Term.Var x = new Term.Var("x", Sort.INT);
        List<Term> atoms = List.of(Term.app(Op.LE, x, Term.integer(0)), Term.app(Op.LE, x, Term.integer(5)),
                Term.app(Op.GE, x, Term.integer(10)));
        IceSample sample = new IceSample();
        sample.addPositive(s(0));
        sample.addPositive(s(3));
        sample.addNegative(s(7));
        sample.addNegative(s(20));
        sample.addImplication(s(3), s(4));   // so 4 must be in
        sample.addImplication(s(6), s(7));   // so 6 must be out
        Term tree = DecisionTreeLearner.learn(atoms, List.of(x), sample).orElseThrow();
        Evaluator eval = new Evaluator();
        for (List<Value> p : sample.positive()) assertTrue(AtomPool.holds(eval, tree, List.of(x), p), tree + " at " + p);
        for (List<Value> n : sample.negative()) assertFalse(AtomPool.holds(eval, tree, List.of(x), n), tree + " at " + n);
        assertTrue(AtomPool.holds(eval, tree, List.of(x), s(4)));
        assertFalse(AtomPool.holds(eval, tree, List.of(x), s(6)));
        // atoms that cannot tell a positive state from a negative one: no tree
        IceSample inseparable = new IceSample();
        inseparable.addPositive(s(6));
        inseparable.addNegative(s(7));
        assertTrue(DecisionTreeLearner.learn(atoms, List.of(x), inseparable).isEmpty());
    }

    @Test
    void anImplicationIntoTheClassOfANegativeStateIsLabelledNegativeBeforeTheTreeIsBuilt() {
        Term.Var x = new Term.Var("x", Sort.INT);
        Term le5 = Term.app(Op.LE, x, Term.integer(5)), le2 = Term.app(Op.LE, x, Term.integer(2));
        IceSample sample = new IceSample();
        sample.addPositive(s(0));
        sample.addNegative(s(10));
        sample.addImplication(s(4), s(7));
        // 7 looks like 10 to these atoms, so it is out, and so is 4; labelling 4 in with 0 (both x <= 5) would
        // leave 7 in with 10, which no split can separate
        Term tree = DecisionTreeLearner.learn(List.of(le5, le2), List.of(x), sample).orElseThrow();
        Evaluator eval = new Evaluator();
        assertTrue(AtomPool.holds(eval, tree, List.of(x), s(0)), tree.toString());
        assertFalse(AtomPool.holds(eval, tree, List.of(x), s(10)), tree.toString());
        assertFalse(AtomPool.holds(eval, tree, List.of(x), s(4)) && !AtomPool.holds(eval, tree, List.of(x), s(7)), tree.toString());
        assertFalse(AtomPool.holds(eval, tree, List.of(x), s(7)), tree.toString());
        assertTrue(DecisionTreeLearner.inseparable(List.of(le5, le2), List.of(x), sample).isEmpty());
    }

    @Test
    void whereTheAtomsCannotSeparateTheLearnerNamesTwoStatesThatClash() {
        Term.Var x = new Term.Var("x", Sort.INT);
        List<Term> atoms = List.of(Term.app(Op.LE, x, Term.integer(5)));
        IceSample sample = new IceSample();
        sample.addPositive(s(0));
        sample.addNegative(s(9));
        sample.addImplication(s(2), s(7));
        sample.addImplication(s(0), s(2));
        // 0 is in, so 2 and 7 are; 7 and 9 look alike
        List<DecisionTreeLearner.Inseparable> clashes = DecisionTreeLearner.inseparable(atoms, List.of(x), sample);
        assertFalse(clashes.isEmpty());
        assertTrue(clashes.contains(new DecisionTreeLearner.Inseparable(s(7), s(9))), clashes.toString());
        Evaluator eval = new Evaluator();
        List<Term> more = new java.util.ArrayList<>(atoms);
        for (DecisionTreeLearner.Inseparable clash : clashes) {
            assertEquals(AtomPool.holds(eval, atoms.get(0), List.of(x), clash.positive()),
                    AtomPool.holds(eval, atoms.get(0), List.of(x), clash.negative()));
            more.addAll(AtomPool.separating(List.of(x), List.of(x), clash.positive(), clash.negative()));
        }
        assertTrue(DecisionTreeLearner.learn(atoms, List.of(x), sample).isEmpty());
        // atoms from the pairs separate them, and then a tree exists
        assertTrue(DecisionTreeLearner.learn(more, List.of(x), sample).isPresent());
    }
}
