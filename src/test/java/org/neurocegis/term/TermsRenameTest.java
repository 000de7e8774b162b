package org.neurocegis.term;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** {@link Terms#renameFree}: a simultaneous renaming of free variables that captures nothing. */
class TermsRenameTest {
    private static final Term.Var X = new Term.Var("x", Sort.INT);
    private static final Term.Var Y = new Term.Var("y", Sort.INT);

    @Test
    void renamesAllAtOnce() {
        Term t = Term.app(Op.SUB, Y, X);
        assertEquals(Term.app(Op.SUB, X, Y), Terms.renameFree(t, Map.of("y", X, "x", Y)));
        assertEquals(Term.app(Op.SUB, X, X), Terms.renameFree(t, Map.of("y", X)));
    }

    @Test
    void aLetBindingTheNewNameGetsAFreshOne() {
        // (let ((x 1)) (+ y x)) with y renamed to x: the let's x must not capture the new x.
        Term t = new Term.Let(List.of(new Term.Binding("x", Term.integer(1))), Term.app(Op.ADD, Y, X));
        Term r = Terms.renameFree(t, Map.of("y", X));
        Term.Let let = (Term.Let) r;
        String bound = let.bindings().get(0).name();
        assertNotEquals("x", bound);
        assertEquals(Term.app(Op.ADD, X, new Term.Var(bound, Sort.INT)), let.body());
        // Same value with lets expanded: x + 1.
        assertEquals(Term.app(Op.ADD, X, Term.integer(1)), Terms.expandLets(r));
    }

    @Test
    void aLetBindingTheOldNameShadowsIt() {
        // (let ((y (+ y 1))) y): the bound value reads the outer y, the body the let's.
        Term t = new Term.Let(List.of(new Term.Binding("y", Term.app(Op.ADD, Y, Term.integer(1)))), Y);
        Term r = Terms.renameFree(t, Map.of("y", X));
        assertEquals(new Term.Let(List.of(new Term.Binding("y", Term.app(Op.ADD, X, Term.integer(1)))), Y), r);
    }

    @Test
    void sortsMustAgree() {
        assertThrows(SortException.class, () -> Terms.renameFree(Y, Map.of("y", new Term.Var("b", Sort.BOOL))));
    }
}
