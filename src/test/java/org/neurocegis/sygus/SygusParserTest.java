package org.neurocegis.sygus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.neurocegis.sexpr.ParseException;
import org.neurocegis.sexpr.Position;
import org.neurocegis.term.FunctionDefinition;
import org.neurocegis.term.Op;
import org.neurocegis.term.Sort;
import org.neurocegis.term.Term;
import org.neurocegis.term.Value;

class SygusParserTest {
    private static final Sort BV8 = Sort.bitVec(8);
    private static final Sort BV32 = Sort.bitVec(32);

    private static Problem parse(String text) {
        try {
            return SygusParser.parse(text);
        } catch (ParseException e) {
            throw new AssertionError("unexpected error " + e.getMessage() + " in\n" + text, e);
        }
    }

    private static ParseException fails(String text) {
        return assertThrows(ParseException.class, () -> SygusParser.parse(text), text);
    }

    private static Term.Var var(String name, Sort sort) {
        return new Term.Var(name, sort);
    }

    private static Term.Lit bv(int width, long bits) {
        return Term.bitVec(width, bits);
    }

    private static void assertRoundTrips(Problem p) {
        assertEquals(p, parse(SygusPrinter.print(p)), () -> "print then parse changed\n" + SygusPrinter.print(p));
    }

    // ------------------------------------------------------------------ SyGuS v1

    @Test
    void v1BitVecSortsAndOneRuleListGrammar() {
        Problem p = parse("""
                (set-logic BV)
                (synth-fun f ((x (BitVec 32)) (y (BitVec 32))) (BitVec 32)
                  ((Start (BitVec 32) (x y #x00000000 (bvadd Start Start) (bvnot Start)))))
                (declare-var a (BitVec 32))
                (constraint (= (f a a) (bvadd a a)))
                (check-synth)
                """);
        assertEquals("BV", p.logic());
        SynthFun f = p.synthFun("f");
        assertEquals(List.of(var("x", BV32), var("y", BV32)), f.params());
        assertEquals(BV32, f.returnSort());
        assertFalse(f.invariant());
        Grammar g = f.grammar().orElseThrow();
        assertEquals(1, g.nonTerminals().size());
        NonTerminal start = g.start();
        assertEquals("Start", start.name());
        assertEquals(BV32, start.sort());
        Term.Hole hole = new Term.Hole("Start", BV32);
        assertEquals(List.of(
                new Production.Rule(var("x", BV32)),
                new Production.Rule(var("y", BV32)),
                new Production.Rule(bv(32, 0)),
                new Production.Rule(Term.app(Op.BVADD, hole, hole)),
                new Production.Rule(Term.app(Op.BVNOT, hole))), start.productions());
        assertEquals(List.of(var("a", BV32)), p.variables());
        assertEquals(1, p.constraints().size());
        assertRoundTrips(p);
    }

    @Test
    void v1GrammarWithSeveralNonTerminals() {
        Problem p = parse("""
                (set-logic LIA)
                (synth-fun max2 ((x Int) (y Int)) Int
                  ((Start Int (x y 0 1 (+ Start Start) (ite StartBool Start Start)))
                   (StartBool Bool ((and StartBool StartBool) (<= Start Start)))))
                (check-synth)
                """);
        Grammar g = p.synthFun("max2").grammar().orElseThrow();
        assertEquals(List.of("Start", "StartBool"), g.nonTerminals().stream().map(NonTerminal::name).toList());
        assertEquals(Sort.BOOL, g.nonTerminal("StartBool").sort());
        assertEquals(8, g.productionCount());
        assertEquals(new Production.Rule(Term.app(Op.ITE, new Term.Hole("StartBool", Sort.BOOL),
                new Term.Hole("Start", Sort.INT), new Term.Hole("Start", Sort.INT))), g.start().productions().get(5));
    }

    @Test
    void v1DeclarePrimedVarDeclaresBothVariables() {
        Problem p = parse("""
                (set-logic LIA)
                (declare-primed-var x Int)
                (declare-primed-var b (BitVec 8))
                (check-synth)
                """);
        assertEquals(List.of(var("x", Sort.INT), var("x!", Sort.INT), var("b", BV8), var("b!", BV8)), p.variables());
        assertRoundTrips(p);
    }

    @Test
    void v1DeclareFunWithoutParametersIsAVariable() {
        Problem p = parse("(set-logic LIA)\n(declare-fun n () Int)\n(check-synth)\n");
        assertEquals(List.of(var("n", Sort.INT)), p.variables());
    }

    @Test
    void v1LetWithSorts() {
        Problem p = parse("""
                (set-logic LIA)
                (declare-var x Int)
                (constraint (let ((y Int 1) (b Bool (> x 0))) (=> b (> (+ x y) 1))))
                (check-synth)
                """);
        Term.Let let = assertInstanceOf(Term.Let.class, p.constraints().get(0));
        assertEquals(List.of(new Term.Binding("y", Term.integer(1)),
                new Term.Binding("b", Term.app(Op.GT, var("x", Sort.INT), Term.integer(0)))), let.bindings());
        assertEquals(Term.app(Op.IMPLIES, var("b", Sort.BOOL),
                Term.app(Op.GT, Term.app(Op.ADD, var("x", Sort.INT), var("y", Sort.INT)), Term.integer(1))), let.body());
        assertRoundTrips(p);
    }

    @Test
    void v1LetWithAWrongSortIsRefused() {
        ParseException e = fails("(set-logic LIA)\n(declare-var x Int)\n(constraint (let ((y Bool 1)) (= x 1)))\n");
        assertEquals(new Position(3, 27), e.position());
        assertTrue(e.detail().contains("let-bound y"), e.detail());
    }

    @Test
    void v1InputVariableIsAVariableProduction() {
        Problem p = parse("""
                (set-logic BV)
                (synth-fun f ((x (BitVec 8))) (BitVec 8)
                  ((Start (BitVec 8) ((InputVariable (BitVec 8)) (Constant (BitVec 8)) (bvor Start Start)))))
                (check-synth)
                """);
        List<Production> ps = p.synthFun("f").grammar().orElseThrow().start().productions();
        assertEquals(new Production.AnyVariable(BV8), ps.get(0));
        assertEquals(new Production.AnyConstant(BV8), ps.get(1));
        assertRoundTrips(p);
    }

    @Test
    void v1DefineSortWithEmptyParameterList() {
        Problem p = parse("(set-logic BV)\n(define-sort Word () (BitVec 16))\n(declare-var w Word)\n(check-synth)\n");
        assertEquals(List.of(var("w", Sort.bitVec(16))), p.variables());
    }

    // ------------------------------------------------------------------ SyGuS v2

    @Test
    void v2DefineSortIsResolved() {
        Problem p = parse("""
                (set-logic BV)
                (define-sort BV8 (_ BitVec 8))
                (define-sort Byte BV8)
                (synth-fun f ((x BV8)) Byte ((S Byte)) ((S Byte (x (bvadd S S)))))
                (declare-var v Byte)
                (constraint (= (f v) v))
                (check-synth)
                """);
        assertEquals(BV8, p.synthFun("f").returnSort());
        assertEquals(List.of(var("x", BV8)), p.synthFun("f").params());
        assertEquals(List.of(var("v", BV8)), p.variables());
        assertRoundTrips(p);
    }

    @Test
    void v2LetIsParallel() {
        Problem p = parse("""
                (set-logic LIA)
                (declare-var x Int)
                (declare-var y Int)
                (constraint (let ((x y) (y x)) (< x y)))
                (check-synth)
                """);
        Term.Let let = (Term.Let) p.constraints().get(0);
        // each bound value is read outside the let: the new x is the old y and the new y the old x
        assertEquals(List.of(new Term.Binding("x", var("y", Sort.INT)), new Term.Binding("y", var("x", Sort.INT))),
                let.bindings());
        assertEquals(Term.app(Op.LT, var("x", Sort.INT), var("y", Sort.INT)), let.body());
        assertRoundTrips(p);
    }

    @Test
    void v2LetChangesTheSortOfAName() {
        Problem p = parse("""
                (set-logic BV)
                (declare-var x Int)
                (constraint (let ((x #x0f)) (= (bvnot x) #xf0)))
                (check-synth)
                """);
        Term.Let let = (Term.Let) p.constraints().get(0);
        assertEquals(Term.app(Op.EQ, Term.app(Op.BVNOT, var("x", BV8)), bv(8, 0xf0)), let.body());
    }

    @Test
    void v2IndexedBitVecLiteral() {
        Problem p = parse("""
                (set-logic BV)
                (declare-var x (_ BitVec 8))
                (constraint (= x (_ bv5 8)))
                (constraint (= ((_ zero_extend 64) x) (_ bv18446744073709551616 72)))
                (constraint (= x (_ bv256 8)))
                (check-synth)
                """);
        assertEquals(Term.app(Op.EQ, var("x", BV8), bv(8, 5)), p.constraints().get(0));
        Term.App second = (Term.App) p.constraints().get(1);
        assertEquals(Term.lit(Value.BitVecValue.of(72, new BigInteger("18446744073709551616"))), second.args().get(1));
        // 256 does not fit 8 bits: taken modulo 2^8, as the literal's bits
        assertEquals(Term.app(Op.EQ, var("x", BV8), bv(8, 0)), p.constraints().get(2));
        assertRoundTrips(p);
    }

    @Test
    void v2IndexedOperators() {
        Problem p = parse("""
                (set-logic BV)
                (declare-var x (_ BitVec 8))
                (constraint (= ((_ extract 7 4) x) ((_ extract 3 0) x)))
                (constraint (= ((_ zero_extend 8) x) ((_ sign_extend 8) x)))
                (constraint (= ((_ rotate_left 3) x) ((_ rotate_right 5) x)))
                (constraint (= ((_ repeat 2) x) (concat x x)))
                (check-synth)
                """);
        Term.Var x = var("x", BV8);
        assertEquals(Term.app(Op.EQ, Term.app(Op.EXTRACT, List.of(7, 4), List.of(x)),
                Term.app(Op.EXTRACT, List.of(3, 0), List.of(x))), p.constraints().get(0));
        Term.App ext = (Term.App) ((Term.App) p.constraints().get(1)).args().get(0);
        assertEquals(Op.ZERO_EXTEND, ext.op());
        assertEquals(List.of(8), ext.indices());
        assertEquals(Sort.bitVec(16), ext.sort());
        Term.App rot = (Term.App) ((Term.App) p.constraints().get(2)).args().get(1);
        assertEquals(Op.ROTATE_RIGHT, rot.op());
        assertEquals(List.of(5), rot.indices());
        Term.App rep = (Term.App) ((Term.App) p.constraints().get(3)).args().get(0);
        assertEquals(Op.REPEAT, rep.op());
        assertEquals(Sort.bitVec(16), rep.sort());
        assertRoundTrips(p);
    }

    @Test
    void indexedOperatorWithoutIndicesIsRefused() {
        ParseException e = fails("(set-logic BV)\n(declare-var x (_ BitVec 8))\n(constraint (= (extract 7 0 x) x))\n");
        assertEquals(new Position(3, 17), e.position());
    }

    @Test
    void v2ChainedEqualityAndComparisons() {
        Problem p = parse("""
                (set-logic LIA)
                (declare-var x Int)
                (declare-var y Int)
                (declare-var z Int)
                (constraint (= x y z))
                (constraint (<= x y z 10))
                (constraint (distinct x y z))
                (constraint (=> (> x 0) (> y 0) (> z 0)))
                (check-synth)
                """);
        Term.App eq = (Term.App) p.constraints().get(0);
        assertEquals(Op.EQ, eq.op());
        assertEquals(3, eq.args().size());
        Term.App le = (Term.App) p.constraints().get(1);
        assertEquals(Op.LE, le.op());
        assertEquals(4, le.args().size());
        assertEquals(3, ((Term.App) p.constraints().get(2)).args().size());
        assertEquals(3, ((Term.App) p.constraints().get(3)).args().size());
        assertRoundTrips(p);
    }

    @Test
    void negativeIntLiterals() {
        Problem p = parse("(set-logic LIA)\n(declare-var x Int)\n(constraint (= x (- 5)))\n(constraint (= x (- x)))\n"
                + "(constraint (= x (- 99999999999999999999)))\n(check-synth)\n");
        assertEquals(Term.app(Op.EQ, var("x", Sort.INT), Term.integer(-5)), p.constraints().get(0));
        assertEquals(Term.app(Op.EQ, var("x", Sort.INT), Term.app(Op.SUB, var("x", Sort.INT))), p.constraints().get(1));
        assertEquals(Term.lit(Value.of(new BigInteger("-99999999999999999999"))),
                ((Term.App) p.constraints().get(2)).args().get(1));
        assertRoundTrips(p);
    }

    @Test
    void v2ConstantAndVariableProductionsAndNestedProductions() {
        Problem p = parse("""
                (set-logic BV)
                (synth-fun f ((x (_ BitVec 8)) (b Bool)) (_ BitVec 8)
                  ((Start (_ BitVec 8)) (C (_ BitVec 8)) (B Bool))
                  ((Start (_ BitVec 8) ((Variable (_ BitVec 8)) C (bvadd (bvnot Start) #x01)
                                       (ite B (bvand Start C) ((_ extract 7 0) (concat C Start)))))
                   (C (_ BitVec 8) ((Constant (_ BitVec 8))))
                   (B Bool ((Variable Bool) (bvult Start C) (not B)))))
                (check-synth)
                """);
        Grammar g = p.synthFun("f").grammar().orElseThrow();
        Term.Hole start = new Term.Hole("Start", BV8);
        Term.Hole c = new Term.Hole("C", BV8);
        Term.Hole b = new Term.Hole("B", Sort.BOOL);
        assertEquals(List.of(
                new Production.AnyVariable(BV8),
                new Production.Rule(c),
                new Production.Rule(Term.app(Op.BVADD, Term.app(Op.BVNOT, start), bv(8, 1))),
                new Production.Rule(Term.app(Op.ITE, b, Term.app(Op.BVAND, start, c),
                        Term.app(Op.EXTRACT, List.of(7, 0), List.of(Term.app(Op.CONCAT, c, start)))))),
                g.start().productions());
        assertEquals(List.of(new Production.AnyConstant(BV8)), g.nonTerminal("C").productions());
        assertEquals(List.of(new Production.AnyVariable(Sort.BOOL), new Production.Rule(Term.app(Op.BVULT, start, c)),
                new Production.Rule(Term.app(Op.NOT, b))), g.nonTerminal("B").productions());
        assertNull(g.nonTerminal("D"));
        assertEquals(8, g.productionCount());
        assertRoundTrips(p);
    }

    @Test
    void v2GrammarMustDeclareEveryNonTerminalItDefines() {
        ParseException e = fails("""
                (set-logic LIA)
                (synth-fun f ((x Int)) Int ((Start Int) (B Bool)) ((Start Int (x))))
                """);
        assertEquals(new Position(2, 51), e.position());
        assertTrue(e.detail().contains("declares 2 non-terminals but gives rules for 1"), e.detail());
    }

    @Test
    void synthInvAndInvConstraint() {
        Problem p = parse("""
                (set-logic LIA)
                (synth-inv inv ((x Int) (y Int)))
                (define-fun pre ((x Int) (y Int)) Bool (and (= x 0) (= y 0)))
                (define-fun trans ((x Int) (y Int) (x! Int) (y! Int)) Bool (and (= x! (+ x 1)) (= y! (+ y x))))
                (define-fun post ((x Int) (y Int)) Bool (>= y 0))
                (inv-constraint inv pre trans post)
                (check-synth)
                """);
        SynthFun inv = p.synthFun("inv");
        assertTrue(inv.invariant());
        assertEquals(Sort.BOOL, inv.returnSort());
        assertEquals(List.of(var("x", Sort.INT), var("y", Sort.INT)), inv.params());
        assertTrue(inv.grammar().isEmpty());
        assertEquals(List.of(new InvConstraint("inv", "pre", "trans", "post")), p.invConstraints());
        assertEquals(List.of("pre", "trans", "post"), p.definitions().stream().map(FunctionDefinition::name).toList());
        assertRoundTrips(p);

        // the specification spells out the three obligations over fresh state variables
        Problem.Specification spec = p.specification();
        assertEquals(Set.of(var("x", Sort.INT), var("y", Sort.INT), var("x!", Sort.INT), var("y!", Sort.INT)),
                Set.copyOf(spec.variables()));
        assertEquals(List.of(
                "(=> (pre x y) (inv x y))",
                "(=> (and (inv x y) (trans x y x! y!)) (inv x! y!))",
                "(=> (inv x y) (post x y))"), spec.constraints().stream().map(Term::toString).toList());
    }

    @Test
    void invConstraintWithAPredicateOfTheWrongShape() {
        ParseException e = fails("""
                (set-logic LIA)
                (synth-inv inv ((x Int)))
                (define-fun pre ((x Int)) Bool (= x 0))
                (define-fun trans ((x Int)) Bool (= x 0))
                (define-fun post ((x Int)) Bool (= x 0))
                (inv-constraint inv pre trans post)
                """);
        assertEquals(new Position(6, 25), e.position());
        assertTrue(e.detail().contains("transition relation"), e.detail());
    }

    @Test
    void assumeIsKeptApartFromConstraints() {
        Problem p = parse("""
                (set-logic LIA)
                (synth-fun f ((x Int)) Int)
                (declare-var x Int)
                (assume (> x 0))
                (constraint (> (f x) x))
                (check-synth)
                """);
        assertEquals(List.of(Term.app(Op.GT, var("x", Sort.INT), Term.integer(0))), p.assumes());
        assertEquals(1, p.constraints().size());
        assertEquals(p.assumes(), p.specification().assumes());
        assertRoundTrips(p);
    }

    @Test
    void settingsAreKeptAsWritten() {
        Problem p = parse("""
                (set-info :source |a source|)
                (set-option :produce-models true)
                (set-feature :grammars true)
                (set-logic LIA)
                (synth-fun f () Int)
                (check-synth)
                """);
        assertEquals(List.of("(set-info :source |a source|)", "(set-option :produce-models true)",
                "(set-feature :grammars true)"), p.settings());
        assertRoundTrips(p);
    }

    @Test
    void noLogicIsAllowed() {
        Problem p = parse("(synth-fun f () Int)\n(check-synth)\n");
        assertNull(p.logic());
        assertRoundTrips(p);
    }

    @Test
    void definedFunctionsAreCalledWithAndWithoutArguments() {
        Problem p = parse("""
                (set-logic LIA)
                (define-fun two () Int 2)
                (define-fun dbl ((a Int)) Int (* two a))
                (synth-fun f ((x Int)) Int ((S Int)) ((S Int (x two (dbl S)))))
                (declare-var x Int)
                (constraint (= (f x) (dbl x)))
                (check-synth)
                """);
        FunctionDefinition dbl = p.definitionsByName().get("dbl");
        assertEquals(Term.app(Op.MUL, new Term.Call("two", List.of(), Sort.INT), var("a", Sort.INT)), dbl.body());
        List<Production> ps = p.synthFun("f").grammar().orElseThrow().start().productions();
        assertEquals(new Production.Rule(new Term.Call("two", List.of(), Sort.INT)), ps.get(1));
        assertEquals(new Production.Rule(new Term.Call("dbl", List.of(new Term.Hole("S", Sort.INT)), Sort.INT)), ps.get(2));
        assertEquals(Term.app(Op.EQ, new Term.Call("f", List.of(var("x", Sort.INT)), Sort.INT),
                new Term.Call("dbl", List.of(var("x", Sort.INT)), Sort.INT)), p.constraints().get(0));
        assertRoundTrips(p);
    }

    @Test
    void quotedSymbolsRoundTrip() {
        Problem p = parse("""
                (set-logic LIA)
                (declare-var |a b| Int)
                (declare-var |plain| Int)
                (synth-fun |f 1| ((|x y| Int)) Int)
                (constraint (= (|f 1| |a b|) plain))
                (check-synth)
                """);
        assertEquals(List.of(var("a b", Sort.INT), var("plain", Sort.INT)), p.variables());
        assertEquals(List.of(var("x y", Sort.INT)), p.synthFun("f 1").params());
        String printed = SygusPrinter.print(p);
        assertTrue(printed.contains("(declare-var |a b| Int)"), printed);
        assertTrue(printed.contains("(declare-var plain Int)"), printed);
        assertTrue(printed.contains("(synth-fun |f 1| ((|x y| Int)) Int)"), printed);
        assertRoundTrips(p);
    }

    @Test
    void quotedReservedWordsAreOrdinarySymbols() {
        Problem p = parse("""
                (set-logic LIA)
                (synth-fun |let| ((|_| Int)) Int ((|forall| Int)) ((|forall| Int (|_| (+ |forall| 1)))))
                (declare-var |match| Int)
                (constraint (= (|let| |match|) 1))
                (check-synth)
                """);
        assertEquals(List.of(var("_", Sort.INT)), p.synthFun("let").params());
        assertEquals(Term.app(Op.EQ, new Term.Call("let", List.of(var("match", Sort.INT)), Sort.INT), Term.integer(1)),
                p.constraints().get(0));
        String printed = SygusPrinter.print(p);
        // printed plainly, these names would read back as the reserved words
        assertTrue(printed.contains("(synth-fun |let| ((|_| Int)) Int ((|forall| Int)) ((|forall| Int (|_| (+ |forall| 1)))))"),
                printed);
        assertTrue(printed.contains("(constraint (= (|let| |match|) 1))"), printed);
        assertRoundTrips(p);
    }

    // ------------------------------------------------------------------ the printer

    @Test
    void printerWritesV1InputInV2Syntax() {
        Problem p = parse("""
                (set-logic BV)
                (synth-fun f ((x (BitVec 8))) (BitVec 8)
                  ((Start (BitVec 8) (x #x00 (bvadd Start Start) (Constant (BitVec 8))))))
                (declare-primed-var y (BitVec 8))
                (constraint (let ((z (BitVec 8) #x01)) (= (f y) (bvadd y z))))
                (check-synth)
                """);
        assertEquals("""
                (set-logic BV)
                (declare-var y (_ BitVec 8))
                (declare-var y! (_ BitVec 8))
                (synth-fun f ((x (_ BitVec 8))) (_ BitVec 8) ((Start (_ BitVec 8))) \
                ((Start (_ BitVec 8) (x #x00 (bvadd Start Start) (Constant (_ BitVec 8))))))
                (constraint (let ((z #x01)) (= (f y) (bvadd y z))))
                (check-synth)
                """, SygusPrinter.print(p));
    }

    @Test
    void printerWritesInvariantProblems() {
        Problem p = parse("""
                (set-logic LIA)
                (synth-inv inv ((x Int)))
                (define-fun pre ((x Int)) Bool (= x 0))
                (define-fun trans ((x Int) (x! Int)) Bool (= x! (+ x 1)))
                (define-fun post ((x Int)) Bool (>= x (- 1)))
                (inv-constraint inv pre trans post)
                (check-synth)
                """);
        assertEquals("""
                (set-logic LIA)
                (define-fun pre ((x Int)) Bool (= x 0))
                (define-fun trans ((x Int) (x! Int)) Bool (= x! (+ x 1)))
                (define-fun post ((x Int)) Bool (>= x (- 1)))
                (synth-inv inv ((x Int)))
                (inv-constraint inv pre trans post)
                (check-synth)
                """, SygusPrinter.print(p));
    }

    @Test
    void solutionFormat() {
        Term.Var x = var("x", BV8);
        FunctionDefinition f = new FunctionDefinition("f", List.of(x), BV8, Term.app(Op.BVADD, x, bv(8, 1)));
        assertEquals("(\n(define-fun f ((x (_ BitVec 8))) (_ BitVec 8) (bvadd x #x01))\n)", SygusPrinter.solution(List.of(f)));
    }

    @Test
    void solutionFormatWithSeveralFunctionsAndOddNames() {
        Term.Var a = var("a", Sort.INT);
        Term.Var b = var("b", Sort.INT);
        FunctionDefinition max = new FunctionDefinition("max2", List.of(a, b), Sort.INT,
                Term.app(Op.ITE, Term.app(Op.GE, a, b), a, b));
        FunctionDefinition k = new FunctionDefinition("k 0", List.of(), Sort.INT, Term.integer(-3));
        FunctionDefinition w = new FunctionDefinition("w", List.of(var("p", Sort.bitVec(3))), Sort.bitVec(3),
                Term.bitVec(3, 5));
        assertEquals("(\n"
                + "(define-fun max2 ((a Int) (b Int)) Int (ite (>= a b) a b))\n"
                + "(define-fun |k 0| () Int (- 3))\n"
                + "(define-fun w ((p (_ BitVec 3))) (_ BitVec 3) #b101)\n"
                + ")", SygusPrinter.solution(List.of(max, k, w)));
    }

    @Test
    void solutionTextParsesBackAsDefineFuns() throws ParseException {
        // the printed solution is SMT-LIB: each define-fun reads back as the same definition
        Term.Var x = var("x", BV8);
        FunctionDefinition f = new FunctionDefinition("f", List.of(x), BV8,
                Term.app(Op.BVOR, Term.app(Op.BVSHL, x, bv(8, 1)),
                        Term.app(Op.EXTRACT, List.of(7, 0), List.of(Term.app(Op.CONCAT, bv(8, 0xab), x)))));
        String text = SygusPrinter.solution(List.of(f));
        String body = text.substring(2, text.length() - 2);
        Problem p = SygusParser.parse("(set-logic BV)\n" + body + "\n(check-synth)\n");
        assertEquals(List.of(f), p.definitions());
        assertEquals(Map.of("f", f), p.definitionsByName());
    }
}
