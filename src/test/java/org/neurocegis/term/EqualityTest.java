package org.neurocegis.term;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The domain records spell out equals and hashCode (the generated ones link through invokedynamic on first use,
 * tens of milliseconds of start-up): equal exactly when every component is, and equal ones hash alike.
 */
class EqualityTest {
    private static void same(Object a, Object b) {
        assertEquals(a, b);
        assertEquals(b, a);
        assertEquals(a.hashCode(), b.hashCode());
    }

    @Test
    void sortsAreEqualByKindAndWidth() {
        same(Sort.BOOL, new Sort.BoolSort());
        same(Sort.INT, new Sort.IntSort());
        same(Sort.bitVec(8), Sort.bitVec(8));
        assertNotEquals(Sort.bitVec(8), Sort.bitVec(16));
        assertNotEquals(Sort.INT, Sort.BOOL);
        assertNotEquals(Sort.BOOL, Sort.INT);
        assertNotEquals(Sort.INT, Sort.bitVec(1));
    }

    @Test
    void valuesAreEqualByValue() {
        same(Value.of(true), new Value.BoolValue(true));
        assertNotEquals(Value.TRUE, Value.FALSE);
        same(Value.of(7), Value.of(BigInteger.valueOf(7)));
        assertNotEquals(Value.of(7), Value.of(-7));
        assertNotEquals((Object) Value.of(1), Value.TRUE);
    }

    @Test
    void termsAreEqualByEveryComponent() {
        Term.Var x = new Term.Var("x", Sort.INT);
        same(x, new Term.Var("x", Sort.INT));
        assertNotEquals(x, new Term.Var("y", Sort.INT));
        assertNotEquals(x, new Term.Var("x", Sort.bitVec(8)));
        same(Term.integer(3), Term.lit(Value.of(3)));
        assertNotEquals(Term.integer(3), Term.integer(4));
        assertNotEquals((Term) Term.integer(1), Term.bool(true));

        Term sum = Term.app(Op.ADD, x, Term.integer(1));
        same(sum, Term.app(Op.ADD, new Term.Var("x", Sort.INT), Term.integer(1)));
        assertNotEquals(sum, Term.app(Op.SUB, x, Term.integer(1)));
        assertNotEquals(sum, Term.app(Op.ADD, x, Term.integer(2)));
        assertNotEquals(sum, Term.app(Op.ADD, Term.integer(1), x));
        Term.Var b = new Term.Var("b", Sort.bitVec(8));
        same(Term.app(Op.EXTRACT, List.of(3, 0), List.of(b)), Term.app(Op.EXTRACT, List.of(3, 0), List.of(b)));
        assertNotEquals(Term.app(Op.EXTRACT, List.of(3, 0), List.of(b)), Term.app(Op.EXTRACT, List.of(4, 1), List.of(b)));
        assertNotEquals(new Term.App(Op.ADD, List.of(), List.of(x, x), Sort.INT),
                new Term.App(Op.ADD, List.of(), List.of(x, x), Sort.BOOL));
        assertEquals(2, new HashSet<>(List.of(sum, x, Term.app(Op.ADD, x, Term.integer(1)))).size());

        Term.Call call = new Term.Call("f", List.of(x), Sort.INT);
        same(call, new Term.Call("f", List.of(new Term.Var("x", Sort.INT)), Sort.INT));
        assertNotEquals(call, new Term.Call("g", List.of(x), Sort.INT));
        assertNotEquals(call, new Term.Call("f", List.of(Term.integer(0)), Sort.INT));
        assertNotEquals(call, new Term.Call("f", List.of(x), Sort.BOOL));
        Term.Let let = new Term.Let(List.of(new Term.Binding("y", x)), x);
        same(let, new Term.Let(List.of(new Term.Binding("y", x)), x));
        assertNotEquals(let, new Term.Let(List.of(new Term.Binding("z", x)), x));
        assertNotEquals(let, new Term.Let(List.of(new Term.Binding("y", Term.integer(0))), x));
        assertNotEquals(let, new Term.Let(List.of(new Term.Binding("y", x)), Term.integer(0)));
        same(new Term.Hole("Start", Sort.INT), new Term.Hole("Start", Sort.INT));
        assertNotEquals(new Term.Hole("Start", Sort.INT), new Term.Hole("B", Sort.INT));
        assertNotEquals(new Term.Hole("Start", Sort.INT), new Term.Hole("Start", Sort.BOOL));
    }
}
