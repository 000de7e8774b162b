package org.neurocegis.sygus;

import java.util.List;

/** A synth-fun's grammar; the first non-terminal is the start symbol. */
public record Grammar(List<NonTerminal> nonTerminals) {
    public Grammar {
        nonTerminals = List.copyOf(nonTerminals);
        if (nonTerminals.isEmpty()) throw new IllegalArgumentException("a grammar needs a non-terminal");
    }

    public NonTerminal start() {
        return nonTerminals.get(0);
    }

    public NonTerminal nonTerminal(String name) {
        for (NonTerminal nt : nonTerminals) if (nt.name().equals(name)) return nt;
        return null;
    }

    public int productionCount() {
        int n = 0;
        for (NonTerminal nt : nonTerminals) n += nt.productions().size();
        return n;
    }
}
