package org.neurocegis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neurocegis.term.Value;

/** Examples are equal (and hash alike) exactly when their inputs and outputs are, an unfixed output (null) included. */
class ExamplesTest {
    private static Examples of(long input, Value output) {
        return new Examples(List.of(List.of(Value.of(input))), Arrays.asList(output));
    }

    @Test
    void equalByInputsAndOutputs() {
        Examples a = of(1, Value.of(2));
        assertEquals(a, of(1, Value.of(2)));
        assertEquals(a.hashCode(), of(1, Value.of(2)).hashCode());
        assertEquals(of(1, null), of(1, null));
        assertEquals(of(1, null).hashCode(), of(1, null).hashCode());
        assertNotEquals(a, of(1, null));
        assertNotEquals(of(1, null), a);
        assertNotEquals(a, of(3, Value.of(2)));
        assertNotEquals(a, of(1, Value.of(3)));
        assertNotEquals(a, Examples.NONE);
    }
}
