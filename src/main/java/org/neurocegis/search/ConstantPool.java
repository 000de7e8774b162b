package org.neurocegis.search;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.neurocegis.sygus.Grammar;
import org.neurocegis.sygus.NonTerminal;
import org.neurocegis.sygus.Problem;
import org.neurocegis.sygus.Production;
import org.neurocegis.term.FunctionDefinition;
import org.neurocegis.term.Sort;
import org.neurocegis.term.Term;
import org.neurocegis.term.Terms;
import org.neurocegis.term.Value;

/** The literals that {@code (Constant S)} is tried with: small ones first, then those the problem mentions. */
public final class ConstantPool {
    private static final int MAX_PER_SORT = 24;

    private ConstantPool() {}

    public static Map<Sort, Set<Value>> of(Problem problem, Grammar grammar) {
        Map<Sort, Set<Value>> pool = new HashMap<>();
        for (NonTerminal nt : grammar.nonTerminals()) {
            for (Production p : nt.productions()) {
                if (p instanceof Production.AnyConstant c) pool.computeIfAbsent(c.sort(), ConstantPool::small);
            }
        }
        if (pool.isEmpty()) return pool;
        for (Term c : problem.constraints()) collect(c, pool);
        for (Term a : problem.assumes()) collect(a, pool);
        for (FunctionDefinition d : problem.definitions()) collect(d.body(), pool);
        return pool;
    }

    private static Set<Value> small(Sort s) {
        Set<Value> values = new LinkedHashSet<>();
        if (s instanceof Sort.BitVecSort bv) {
            values.add(Value.BitVecValue.of(bv.width(), 0));
            values.add(Value.BitVecValue.of(bv.width(), 1));
            values.add(Value.BitVecValue.of(bv.width(), -1));
        } else if (s.equals(Sort.INT)) {
            values.add(Value.of(0));
            values.add(Value.of(1));
            values.add(Value.of(2));
            values.add(Value.of(-1));
        } else {
            values.add(Value.TRUE);
            values.add(Value.FALSE);
        }
        return values;
    }

    private static void collect(Term term, Map<Sort, Set<Value>> pool) {
        Terms.forEachSubterm(term, t -> {
            if (t instanceof Term.Lit l) {
                Set<Value> set = pool.get(l.sort());
                if (set != null && set.size() < MAX_PER_SORT) set.add(l.value());
            }
        });
    }
}
