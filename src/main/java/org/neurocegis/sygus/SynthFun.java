package org.neurocegis.sygus;

import java.util.List;
import java.util.Optional;

import org.neurocegis.term.Sort;
import org.neurocegis.term.Term;

/** A function to synthesise ({@code synth-fun}, or {@code synth-inv} with {@code invariant} set). */
public record SynthFun(String name, List<Term.Var> params, Sort returnSort, Optional<Grammar> grammar, boolean invariant) {
    public SynthFun {
        params = List.copyOf(params);
    }
}
