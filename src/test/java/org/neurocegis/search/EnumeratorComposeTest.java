package org.neurocegis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.neurocegis.sygus.Grammar;
import org.neurocegis.sygus.Problem;
import org.neurocegis.sygus.SygusParser;
import org.neurocegis.sygus.SynthFun;
import org.neurocegis.term.Evaluator;
import org.neurocegis.term.Term;
import org.neurocegis.term.Value;

/** Terms composed beyond the enumerated levels (training targets): values, costs and equivalence to the bank. */
class EnumeratorComposeTest {
    private static final String PROBLEM = """
            (set-logic BV)
            (synth-fun f ((x (_ BitVec 8)) (y (_ BitVec 8))) (_ BitVec 8)
              ((S (_ BitVec 8))) ((S (_ BitVec 8) (x y #x01 (bvadd S S) (bvand S S) (bvshl S S) (bvnot S)))))
            (check-synth)
            """;

    @Test
    void composedTermsHaveTheirValuesAndCostsAndAreNewOnTheInputs() throws Exception {
        Problem problem = SygusParser.parse(PROBLEM);
        SynthFun f = problem.synthFuns().get(0);
        Grammar grammar = f.grammar().orElseThrow();
        CompiledGrammar compiled = new CompiledGrammar(grammar, f.params(), problem.definitionsByName(),
                Weights.uniform(grammar).costs(), ConstantPool.of(problem, grammar));
        Random random = new Random(7);
        long[][] inputs = new long[12][2];
        for (long[] row : inputs) {
            row[0] = random.nextInt(256);
            row[1] = random.nextInt(256);
        }
        Enumerator e = new Enumerator(compiled, inputs, 1L << 20);
        for (int level = 0; level < 4; level++) e.nextLevel((en, nt, id) -> true, Long.MAX_VALUE);
        int add = ruleIndex(compiled, "bvadd");
        int and = ruleIndex(compiled, "bvand");
        Enumerator.IntList big = e.termsOfCost(0, 4);
        int made = 0;
        for (int i = 0; i + 1 < big.size() && made < 20; i++) {
            int a = big.get(i), b = big.get(i + 1);
            int id = e.compose(add, new int[] {a, b});
            if (id < 0) continue;
            made++;
            assertEquals(1 + 4 + 4, e.cost(id));
            Term t = e.term(id);
            for (int r = 0; r < inputs.length; r++) {
                Map<String, Value> env = new HashMap<>();
                env.put("x", Enumerator.decode(inputs[r][0], f.params().get(0).sort()));
                env.put("y", Enumerator.decode(inputs[r][1], f.params().get(1).sort()));
                assertEquals(new Evaluator().eval(t, env), Enumerator.decode(e.value(id, r), f.returnSort()), t.toString());
            }
            // the same composition again equals a term now in the bank
            assertEquals(-1, e.compose(add, new int[] {a, b}));
        }
        assertTrue(made > 0, "no composition made a new term");
        // t AND t equals t, which the bank already has
        int x = e.termsOfCost(0, 1).get(0);
        assertEquals(-1, e.compose(and, new int[] {x, x}));
        // a wrong number of children is refused
        assertEquals(-1, e.compose(add, new int[] {x}));
    }

    private static int ruleIndex(CompiledGrammar g, String op) {
        List<CompiledGrammar.Rule> rules = g.rules();
        for (int r = 0; r < rules.size(); r++)
            if (rules.get(r).template() instanceof Term.App a && a.op().smtName().equals(op)) return r;
        throw new AssertionError("no rule for " + op);
    }
}
