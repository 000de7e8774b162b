package org.neurocegis.sygus;

import java.util.List;

import org.neurocegis.term.Sort;

public record NonTerminal(String name, Sort sort, List<Production> productions) {
    public NonTerminal {
        productions = List.copyOf(productions);
    }
}
