package org.neurocegis.search;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.neurocegis.term.Value;

/**
 * What a proposer sees of the current examples of one function: the argument tuples at which the specification
 * calls it, and at each the output the specification fixes there, or null where it only constrains it.
 */
public record Examples(List<List<Value>> inputs, List<Value> outputs) {
    public Examples {
        inputs = List.copyOf(inputs);
        outputs = Collections.unmodifiableList(new ArrayList<>(outputs));
        if (inputs.size() != outputs.size()) throw new IllegalArgumentException("one output (or null) per input");
    }

    public static final Examples NONE = new Examples(List.of(), List.of());

    // spelled out: the generated ones link through invokedynamic on first use, milliseconds of an easy problem's run
    @Override public boolean equals(Object o) {
        return o instanceof Examples e && inputs.equals(e.inputs) && outputs.equals(e.outputs);
    }

    @Override public int hashCode() {
        return inputs.hashCode() * 31 + outputs.hashCode();
    }

    public int size() {
        return inputs.size();
    }

    /** Whether the specification fixes the output at every input (programming by example, or a reference). */
    public boolean outputsFixed() {
        if (outputs.isEmpty()) return false;
        for (Value v : outputs) if (v == null) return false;
        return true;
    }
}
