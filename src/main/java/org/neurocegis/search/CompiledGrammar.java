package org.neurocegis.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neurocegis.sygus.Grammar;
import org.neurocegis.sygus.NonTerminal;
import org.neurocegis.sygus.Production;
import org.neurocegis.term.FunctionDefinition;
import org.neurocegis.term.Op;
import org.neurocegis.term.Sort;
import org.neurocegis.term.Term;
import org.neurocegis.term.Terms;
import org.neurocegis.term.Value;

/**
 * A grammar ready for enumeration: {@code (Variable S)} and {@code (Constant S)} expanded into leaves, each
 * production's template compiled to a vector program, and a cost per production from the proposer.
 */
public final class CompiledGrammar {
    /**
     * One production: its template (holes are the children, in order), cost and how to compute its values;
     * {@code production} is its index in the grammar's non-terminal ({@code (Variable S)} yields one rule per parameter).
     */
    public record Rule(int nonTerminal, int production, Term template, int[] children, int cost, VectorProgram program) {}

    private final List<NonTerminal> nonTerminals;
    private final List<Term.Var> params;
    private final List<List<Rule>> rulesByNt = new ArrayList<>();
    private final List<Rule> rules = new ArrayList<>();
    private boolean complete = true;

    /**
     * @param costs   costs[i][j] for production j of non-terminal i (from a {@link Proposer})
     * @param constants literals that {@code (Constant S)} stands for, per sort
     */
    public CompiledGrammar(Grammar grammar, List<Term.Var> params, Map<String, FunctionDefinition> definitions,
                           int[][] costs, Map<Sort, Set<Value>> constants) {
        this.nonTerminals = grammar.nonTerminals();
        this.params = List.copyOf(params);
        Map<String, Integer> ntIndex = new HashMap<>();
        for (int i = 0; i < nonTerminals.size(); i++) ntIndex.put(nonTerminals.get(i).name(), i);
        for (int i = 0; i < nonTerminals.size(); i++) {
            NonTerminal nt = nonTerminals.get(i);
            List<Rule> list = new ArrayList<>();
            Set<Term> seenLeaves = new LinkedHashSet<>();
            for (int j = 0; j < nt.productions().size(); j++) {
                Production p = nt.productions().get(j);
                int cost = Math.max(1, costs[i][j]);
                List<Term> templates = new ArrayList<>();
                if (p instanceof Production.AnyVariable v) {
                    for (Term.Var param : params) if (param.sort().equals(v.sort())) templates.add(param);
                } else if (p instanceof Production.AnyConstant c) {
                    complete = false; // infinitely many constants: exhausting the pool proves nothing
                    for (Value value : constants.getOrDefault(c.sort(), Set.of())) templates.add(Term.lit(value));
                } else {
                    templates.add(((Production.Rule) p).template());
                }
                for (Term template : templates) {
                    List<Integer> children = new ArrayList<>();
                    for (Term.Hole h : Terms.holes(template)) children.add(ntIndex.get(h.nonTerminal()));
                    if (children.isEmpty() && !seenLeaves.add(template)) continue;
                    VectorProgram program = VectorProgram.compile(template, params, definitions);
                    if (program == null) {
                        complete = false; // not representable on the fast path (a bit-vector over 64 bits)
                        continue;
                    }
                    int[] kids = children.stream().mapToInt(Integer::intValue).toArray();
                    Rule r = new Rule(i, j, template, kids, cost, program);
                    list.add(r);
                    rules.add(r);
                }
            }
            rulesByNt.add(list);
        }
    }

    public int nonTerminalCount() {
        return nonTerminals.size();
    }

    public NonTerminal nonTerminal(int i) {
        return nonTerminals.get(i);
    }

    public Sort sort(int nt) {
        return nonTerminals.get(nt).sort();
    }

    public List<Rule> rules(int nt) {
        return rulesByNt.get(nt);
    }

    public List<Rule> rules() {
        return rules;
    }

    public List<Term.Var> params() {
        return params;
    }

    /** False when some production could not be enumerated in full (constants from a pool, unrepresentable values). */
    public boolean complete() {
        return complete;
    }

    /**
     * The greatest cost of any term of each non-terminal, or -1 where it is unbounded (recursion). A finite grammar
     * is exhausted once enumeration passes the start symbol's bound.
     */
    public int[] maxCosts() {
        int n = nonTerminals.size();
        int[] max = new int[n];
        java.util.Arrays.fill(max, Integer.MIN_VALUE);
        // Bellman-Ford style longest path; more than n rounds of growth means a cycle (unbounded).
        for (int round = 0; round <= 2 * n + 2; round++) {
            boolean changed = false;
            for (Rule r : rules) {
                long c = r.cost();
                boolean ok = true;
                for (int k : r.children()) {
                    if (max[k] == Integer.MIN_VALUE) { ok = false; break; }
                    if (max[k] < 0) { c = -1; break; }
                    c += max[k];
                }
                if (!ok) continue;
                int value = c < 0 || c > 1_000_000 ? -1 : (int) c;
                if (max[r.nonTerminal()] == -1) continue;
                if (value == -1 || value > max[r.nonTerminal()]) {
                    if (round > n) value = -1;
                    max[r.nonTerminal()] = value;
                    changed = true;
                }
            }
            if (!changed) break;
        }
        for (int i = 0; i < n; i++) if (max[i] == Integer.MIN_VALUE) max[i] = 0;
        return max;
    }
}
