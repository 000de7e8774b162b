package org.neurocegis.invariant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;

import com.microsoft.z3.BoolExpr;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;

import org.junit.jupiter.api.Test;
import org.neurocegis.term.Sort;
import org.neurocegis.term.Term;
import org.neurocegis.term.Value;

/** Z3 expressions read back as our terms, by Z3's own parser's output: same meaning, foreign constants refused. */
class FromZ3Test {
    @Test
    void arithmeticBooleanAndBitVectorExpressionsReadBack() throws Exception {
        try (Context ctx = new Context()) {
            Expr<?> x = ctx.mkIntConst("!s!x");
            Expr<?> b = ctx.mkBoolConst("!s!b");
            Expr<?> v = ctx.mkBVConst("!s!v", 8);
            Map<Expr<?>, Term.Var> names = Map.of(x, new Term.Var("x", Sort.INT), b, new Term.Var("b", Sort.BOOL),
                    v, new Term.Var("v", Sort.bitVec(8)));
            BoolExpr e = ctx.parseSMTLIB2String(
                    "(declare-fun |!s!x| () Int)(declare-fun |!s!b| () Bool)(declare-fun |!s!v| () (_ BitVec 8))"
                            + "(assert (and (or |!s!b| (not (<= (+ |!s!x| (* (- 1) 3)) (- 1))))"
                            + " (= (mod |!s!x| 2) 0) (bvult ((_ extract 7 0) |!s!v|) #x10) (ite |!s!b| (> |!s!x| 0) (< |!s!x| 0))))",
                    null, null, null, null)[0];
            Term t = new FromZ3(names).term(e);
            assertEquals("(and (or b (not (<= (+ x (* (- 1) 3)) (- 1)))) (= (mod x 2) 0) (bvult ((_ extract 7 0) v) #x10)"
                    + " (ite b (> x 0) (< x 0)))", t.toString());
            assertEquals(Value.of(-5), ((Term.Lit) new FromZ3(names).term(ctx.mkInt(-5))).value());
        }
    }

    @Test
    void aConstantThatIsNotAStateVariableIsRefused() {
        try (Context ctx = new Context()) {
            Expr<?> y = ctx.mkIntConst("y");
            assertThrows(FromZ3.Untranslatable.class, () -> new FromZ3(Map.of()).term(ctx.mkGe(ctx.mkIntConst("y"), ctx.mkInt(0))));
            assertThrows(FromZ3.Untranslatable.class, () -> new FromZ3(Map.of()).term(y));
        }
    }
}
