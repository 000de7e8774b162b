package org.neurocegis.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.neurocegis.term.Sort;
import org.neurocegis.term.Term;
import org.neurocegis.term.Terms;
import org.neurocegis.term.Value;

/**
 * Bottom-up enumeration of a {@link CompiledGrammar} in increasing cost, with observational equivalence: per
 * non-terminal only the first (cheapest) term of each distinct value vector on the example inputs is kept. Terms
 * live in flat primitive arrays (values, rule, children); {@link Term} objects are built only on request.
 */
public final class Enumerator {
    /** Told of every new (observationally distinct) term; returns false to stop the enumeration. */
    public interface Listener {
        boolean onTerm(Enumerator e, int nonTerminal, int termId);
    }

    private final CompiledGrammar grammar;
    private final int m;
    private final VectorProgram.Context ctx = new VectorProgram.Context();
    private final long maxValues;

    // term store: value vectors in fixed-size pages (no copying of a huge array as the bank grows)
    private static final int PAGE_LONGS = 1 << 20;
    private final int termsPerPage;
    private final int pageShift;
    private final int pageMask;
    private long[][] pages = new long[16][];
    private long storedLongs;
    private int[] ruleOf;
    private int[] costOf;
    private int[] childStart;
    private int[] childData;
    private int termCount;
    private int childCount;

    // per non-terminal: term ids by cost, and the observational-equivalence table
    private final List<List<IntList>> byCost = new ArrayList<>();
    /** Per non-terminal, open addressing: each slot holds (hash fingerprint << 32) | (term id + 1), 0 when empty. */
    private final long[][] tables;
    private final int[] tableSizes;
    private final int[] minCost;
    private final boolean[] commutativePair;
    private final CompiledGrammar.Rule[] rules;

    private int level;
    /** The last level at which some non-terminal got a new term. */
    private int lastNewLevel;
    private long generated;
    private long undefined;
    private boolean outOfMemory;
    private boolean stopped;

    /**
     * @param inputs one row per example input, one column per parameter (encoded as in value vectors)
     * @param maxValues the most longs the value store may hold (memory budget)
     */
    public Enumerator(CompiledGrammar grammar, long[][] inputs, long maxValues) {
        this.grammar = grammar;
        this.m = Math.max(1, inputs.length);
        this.maxValues = maxValues;
        int params = grammar.params().size();
        ctx.inputs = new long[params][m];
        for (int r = 0; r < inputs.length; r++)
            for (int p = 0; p < params; p++) ctx.inputs[p][r] = inputs[r][p];
        ctx.m = m;
        int n = grammar.nonTerminalCount();
        tables = new long[n][];
        tableSizes = new int[n];
        for (int i = 0; i < n; i++) {
            byCost.add(new ArrayList<>());
            tables[i] = new long[1024];
        }
        rules = grammar.rules().toArray(new CompiledGrammar.Rule[0]);
        commutativePair = new boolean[rules.length];
        for (int r = 0; r < rules.length; r++) {
            CompiledGrammar.Rule rule = rules[r];
            commutativePair[r] = rule.template() instanceof Term.App a && a.op().isCommutative() && a.args().size() == 2
                    && a.args().get(0) instanceof Term.Hole && a.args().get(1) instanceof Term.Hole
                    && rule.children()[0] == rule.children()[1];
        }
        minCost = computeMinCosts();
        int initialTerms = 1 << 12;
        // a power of two, so that locating a term is a shift and a mask
        termsPerPage = Integer.highestOneBit(Math.max(1, PAGE_LONGS / m));
        pageShift = Integer.numberOfTrailingZeros(termsPerPage);
        pageMask = termsPerPage - 1;
        ruleOf = new int[initialTerms];
        costOf = new int[initialTerms];
        childStart = new int[initialTerms + 1];
        childData = new int[initialTerms * 2];
    }

    private int[] computeMinCosts() {
        int n = grammar.nonTerminalCount();
        int[] min = new int[n];
        Arrays.fill(min, Integer.MAX_VALUE);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (CompiledGrammar.Rule r : rules) {
                long c = r.cost();
                for (int k : r.children()) c += min[k] == Integer.MAX_VALUE ? Integer.MAX_VALUE : min[k];
                if (c < min[r.nonTerminal()]) {
                    min[r.nonTerminal()] = (int) c;
                    changed = true;
                }
            }
        }
        return min;
    }

    public CompiledGrammar grammar() {
        return grammar;
    }

    /** The number of example inputs (the length of every value vector). */
    public int inputCount() {
        return m;
    }

    /** The cost level enumerated last. */
    public int level() {
        return level;
    }

    public int termCount() {
        return termCount;
    }

    /** Terms built, counting those dropped as observationally equivalent to an earlier one. */
    public long generated() {
        return generated;
    }

    /** Terms dropped because their value was undefined or unrepresentable on some input. */
    public long undefinedCount() {
        return undefined;
    }

    public boolean outOfMemory() {
        return outOfMemory;
    }

    public int cost(int termId) {
        return costOf[termId];
    }

    /** The value of term {@code termId} on input {@code i}, encoded. */
    public long value(int termId, int i) {
        return pages[termId >>> pageShift][(termId & pageMask) * m + i];
    }

    /** Copies the value vector of a term into {@code out}. */
    public void vector(int termId, long[] out) {
        System.arraycopy(pages[termId >>> pageShift], (termId & pageMask) * m, out, 0, m);
    }

    /** A copy of a term's value vector. */
    public long[] vector(int termId) {
        long[] out = new long[m];
        vector(termId, out);
        return out;
    }

    /** Terms of a non-terminal with exactly this cost (ids in creation order). */
    public IntList termsOfCost(int nt, int cost) {
        List<IntList> levels = byCost.get(nt);
        return cost < levels.size() && levels.get(cost) != null ? levels.get(cost) : IntList.EMPTY;
    }

    /**
     * Whether no level after the last one enumerated can bring a new term: the grammar is finite and fully
     * enumerated, or its terms' behaviours on the inputs are (every level past {@link #saturationLevel()} would only
     * combine known terms into costs no rule reaches).
     */
    public boolean exhausted() {
        int bound = grammar.maxCosts()[0];
        return (bound >= 0 && level >= bound) || level >= saturationLevel();
    }

    /** The level past which no rule can combine the terms found so far, all of cost at most the last new one's. */
    private long saturationLevel() {
        long bound = 0;
        for (CompiledGrammar.Rule r : rules) bound = Math.max(bound, r.cost() + (long) r.children().length * lastNewLevel);
        return bound;
    }

    /** Builds the term with id {@code termId}. */
    public Term term(int termId) {
        CompiledGrammar.Rule r = rules[ruleOf[termId]];
        if (r.children().length == 0) return r.template();
        Term[] kids = new Term[r.children().length];
        for (int k = 0; k < kids.length; k++) kids[k] = term(childData[childStart[termId] + k]);
        return Terms.fillHoles(r.template(), kids);
    }

    /**
     * Adds to {@code counts[i][j]} the uses of production j of non-terminal i in the derivation of a term (the label
     * of a training row, and what online adaptation credits).
     */
    public void countProductions(int termId, int[][] counts) {
        CompiledGrammar.Rule r = rules[ruleOf[termId]];
        counts[r.nonTerminal()][r.production()]++;
        for (int k = 0; k < r.children().length; k++) countProductions(childData[childStart[termId] + k], counts);
    }

    /** Decodes one entry of a value vector. */
    public static Value decode(long encoded, Sort sort) {
        return VectorProgram.decode(encoded, sort);
    }

    /** Encodes a value for a value vector, or null if it does not fit. */
    public static Long encode(Value v) {
        return VectorProgram.encode(v);
    }

    /**
     * Enumerates every term of the next cost level. Returns false when the listener stopped it, memory ran out, or
     * {@code deadlineNanos} passed (then the level is incomplete).
     */
    public boolean nextLevel(Listener listener, long deadlineNanos) {
        if (stopped) return false;
        level++;
        for (int r = 0; r < rules.length; r++) {
            CompiledGrammar.Rule rule = rules[r];
            int budget = level - rule.cost();
            if (budget < 0) continue;
            int[] kids = rule.children();
            if (kids.length == 0) {
                if (budget == 0 && !emit(r, new int[0], listener)) return false;
                continue;
            }
            int[] chosen = new int[kids.length];
            if (!combine(r, rule, 0, budget, chosen, listener, deadlineNanos)) return false;
        }
        return true;
    }

    private boolean combine(int r, CompiledGrammar.Rule rule, int k, int budget, int[] chosen, Listener listener,
                            long deadlineNanos) {
        int[] kids = rule.children();
        int nt = kids[k];
        if (k == kids.length - 1) {
            if (budget < minCost[nt]) return true;
            IntList list = termsOfCost(nt, budget);
            int start = 0;
            if (commutativePair[r] && k == 1) {
                // a commutative operator over one non-terminal: only pairs with (cost, index) of the first <= the second
                int firstCost = costOf[chosen[0]];
                if (firstCost > budget) return true;
                if (firstCost == budget) start = firstIndex;
            }
            for (int i = start; i < list.size(); i++) {
                chosen[k] = list.get(i);
                if (!emit(r, chosen, listener)) return false;
                if ((generated & 0xFFF) == 0 && System.nanoTime() > deadlineNanos) {
                    stopped = true;
                    return false;
                }
            }
            return true;
        }
        int rest = 0;
        for (int j = k + 1; j < kids.length; j++) rest += minCost[kids[j]];
        for (int c = minCost[nt]; c <= budget - rest; c++) {
            IntList list = termsOfCost(nt, c);
            for (int i = 0; i < list.size(); i++) {
                // combinations whose last child has no term of the remaining cost emit nothing: look at the clock here too
                if ((++steps & 0xFFFF) == 0 && System.nanoTime() > deadlineNanos) {
                    stopped = true;
                    return false;
                }
                chosen[k] = list.get(i);
                if (k == 0) firstIndex = i;
                if (!combine(r, rule, k + 1, budget - c, chosen, listener, deadlineNanos)) return false;
            }
        }
        return true;
    }

    /** Computes the new term's vector in the next free slot; keeps it if no equal vector exists for its non-terminal. */
    private boolean emit(int r, int[] chosen, Listener listener) {
        generated++;
        CompiledGrammar.Rule rule = rules[r];
        if (!ensureCapacity(chosen.length)) {
            stopped = true;
            outOfMemory = true;
            return false;
        }
        long[] page = pages[termCount >>> pageShift];
        int slot = (termCount & pageMask) * m;
        setChildren(chosen);
        if (!rule.program().evalInto(ctx, page, slot)) {
            undefined++;
            return true;
        }
        int nt = rule.nonTerminal();
        long h = hash(page, slot, m);
        if (!insert(nt, h, termCount)) return true;
        int id = record(r, level, chosen);
        lastNewLevel = level;
        List<IntList> levels = byCost.get(nt);
        while (levels.size() <= level) levels.add(null);
        if (levels.get(level) == null) levels.set(level, new IntList());
        levels.get(level).add(id);
        if (!listener.onTerm(this, nt, id)) {
            stopped = true;
            return false;
        }
        return true;
    }

    /**
     * Adds the term of rule {@code r} over the given children outside the level order (training data builds targets
     * larger than the enumerated levels this way): its cost is the rule's plus its children's. Returns its id, or -1
     * when it is undefined on some input or equal on every input to a term already in the bank. Call it only once
     * the enumeration by levels is over.
     */
    public int compose(int r, int[] children) {
        CompiledGrammar.Rule rule = rules[r];
        if (children.length != rule.children().length || !ensureCapacity(children.length)) return -1;
        int cost = rule.cost();
        for (int k = 0; k < children.length; k++) {
            if (!grammarChild(rule, k, children[k])) return -1;
            cost += costOf[children[k]];
        }
        long[] page = pages[termCount >>> pageShift];
        int slot = (termCount & pageMask) * m;
        setChildren(children);
        if (!rule.program().evalInto(ctx, page, slot)) return -1;
        if (!insert(rule.nonTerminal(), hash(page, slot, m), termCount)) return -1;
        return record(r, cost, children);
    }

    /** Keeps the term whose vector was just computed into the next free slot: its rule, cost and children. */
    private int record(int r, int cost, int[] children) {
        int id = termCount++;
        ruleOf[id] = r;
        costOf[id] = cost;
        childStart[id] = childCount;
        for (int c : children) childData[childCount++] = c;
        childStart[id + 1] = childCount;
        return id;
    }

    private boolean grammarChild(CompiledGrammar.Rule rule, int k, int child) {
        return child >= 0 && child < termCount && rules[ruleOf[child]].nonTerminal() == rule.children()[k];
    }

    private int firstIndex;
    private long steps;

    private void setChildren(int[] chosen) {
        if (ctx.childOffsets == null || ctx.childOffsets.length < chosen.length) {
            ctx.childOffsets = new int[Math.max(4, chosen.length)];
            ctx.childArrays = new long[Math.max(4, chosen.length)][];
        }
        for (int i = 0; i < chosen.length; i++) {
            ctx.childArrays[i] = pages[chosen[i] >>> pageShift];
            ctx.childOffsets[i] = (chosen[i] & pageMask) * m;
        }
    }

    private boolean ensureCapacity(int arity) {
        int pageIndex = termCount >>> pageShift;
        if (pageIndex >= pages.length) pages = Arrays.copyOf(pages, pages.length * 2);
        if (pages[pageIndex] == null) {
            if (storedLongs + (long) termsPerPage * m > maxValues) return false;
            pages[pageIndex] = new long[termsPerPage * m];
            storedLongs += (long) termsPerPage * m;
        }
        if (termCount + 2 > ruleOf.length) {
            int n = ruleOf.length * 2;
            ruleOf = Arrays.copyOf(ruleOf, n);
            costOf = Arrays.copyOf(costOf, n);
            childStart = Arrays.copyOf(childStart, n + 1);
        }
        if (childCount + arity > childData.length) childData = Arrays.copyOf(childData, childData.length * 2 + arity);
        return true;
    }

    static long hash(long[] v, int off, int m) {
        long h = 0x243F6A8885A308D3L;
        for (int i = 0; i < m; i++) {
            h = (h ^ v[off + i]) * 0x9E3779B97F4A7C15L;
            h ^= h >>> 29;
        }
        return h;
    }

    /** Adds term {@code id} to the table of {@code nt} unless an equal vector is there; true when added. */
    private boolean insert(int nt, long h, int id) {
        long[] table = tables[nt];
        if (tableSizes[nt] * 2 >= table.length) {
            rehash(nt);
            table = tables[nt];
        }
        int mask = table.length - 1;
        // the slot comes from the fingerprint's bits, so that growing the table needs no vector re-hashed
        long fingerprint = h & 0xFFFFFFFF00000000L;
        int pos = (int) (h >>> 32) & mask;
        long[] page = pages[id >>> pageShift];
        int slot = (id & pageMask) * m;
        while (true) {
            long entry = table[pos];
            if (entry == 0) {
                table[pos] = fingerprint | (id + 1);
                tableSizes[nt]++;
                return true;
            }
            // the fingerprint spares most unequal vectors a visit to (uncached) memory
            if ((entry & 0xFFFFFFFF00000000L) == fingerprint) {
                int other = (int) entry - 1;
                int otherSlot = (other & pageMask) * m;
                if (Arrays.equals(pages[other >>> pageShift], otherSlot, otherSlot + m, page, slot, slot + m)) return false;
            }
            pos = (pos + 1) & mask;
        }
    }

    private void rehash(int nt) {
        long[] old = tables[nt];
        long[] table = new long[old.length * 2];
        int mask = table.length - 1;
        for (long entry : old) {
            if (entry == 0) continue;
            int pos = (int) (entry >>> 32) & mask;
            while (table[pos] != 0) pos = (pos + 1) & mask;
            table[pos] = entry;
        }
        tables[nt] = table;
    }

    /** A growable list of ints. */
    public static final class IntList {
        static final IntList EMPTY = new IntList();
        private int[] data = new int[8];
        private int size;

        void add(int x) {
            if (size == data.length) data = Arrays.copyOf(data, size * 2);
            data[size++] = x;
        }

        public int get(int i) {
            return data[i];
        }

        public int size() {
            return size;
        }
    }

}
