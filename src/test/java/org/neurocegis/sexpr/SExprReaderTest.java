package org.neurocegis.sexpr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;

import org.junit.jupiter.api.Test;

class SExprReaderTest {

    private static List<SExpr> read(String text) {
        try {
            return SExprReader.readAll(text);
        } catch (ParseException e) {
            throw new AssertionError("unexpected parse error " + e.getMessage(), e);
        }
    }

    private static SExpr one(String text) {
        List<SExpr> all = read(text);
        assertEquals(1, all.size(), "expressions in " + text);
        return all.get(0);
    }

    private static ParseException fails(String text) {
        return assertThrows(ParseException.class, () -> SExprReader.readAll(text), text);
    }

    private static void assertPos(int line, int column, SExpr e) {
        assertEquals(new Position(line, column), e.pos(), "position of " + e);
    }

    private static void assertPos(int line, int column, ParseException e) {
        assertEquals(new Position(line, column), e.position(), "position of error " + e.getMessage());
    }

    // ------------------------------------------------------------------ basics

    @Test
    void emptyAndBlankInputHaveNoExpressions() {
        assertEquals(List.of(), read(""));
        assertEquals(List.of(), read("  \n\t\r\n "));
        assertEquals(List.of(), read("; only a comment"));
        assertEquals(List.of(), read("; one\n;two\n   ; three"));
    }

    @Test
    void readsSeveralTopLevelExpressions() {
        List<SExpr> all = read("(a b) c (d)");
        assertEquals(3, all.size());
        assertInstanceOf(SExpr.SList.class, all.get(0));
        assertEquals("c", ((SExpr.Symbol) all.get(1)).name());
        assertEquals("d", ((SExpr.SList) all.get(2)).head());
    }

    @Test
    void emptyListAndNestedLists() {
        SExpr.SList l = (SExpr.SList) one("(() (a (b)))");
        assertEquals(2, l.size());
        assertEquals(0, ((SExpr.SList) l.get(0)).size());
        SExpr.SList inner = (SExpr.SList) l.get(1);
        assertEquals("a", inner.head());
        assertEquals("b", ((SExpr.SList) inner.get(1)).head());
        assertEquals(null, ((SExpr.SList) l.get(0)).head());
    }

    // ------------------------------------------------------------------ comments

    @Test
    void commentsRunToTheEndOfTheLine() {
        List<SExpr> all = read("; header\n(a ; inside ( a list ) \" | \n b) ; trailing\nc");
        assertEquals(2, all.size());
        SExpr.SList l = (SExpr.SList) all.get(0);
        assertEquals(2, l.size());
        assertEquals("b", ((SExpr.Symbol) l.get(1)).name());
        assertEquals("c", ((SExpr.Symbol) all.get(1)).name());
    }

    @Test
    void commentDirectlyAfterAToken() {
        SExpr.SList l = (SExpr.SList) one("(x;comment\ny)");
        assertEquals(2, l.size());
        assertEquals("x", ((SExpr.Symbol) l.get(0)).name());
        assertEquals("y", ((SExpr.Symbol) l.get(1)).name());
    }

    @Test
    void semicolonInsideQuotedSymbolAndStringIsNotAComment() {
        SExpr.SList l = (SExpr.SList) one("(|a;b| \"c;d\")");
        assertEquals("a;b", ((SExpr.Symbol) l.get(0)).name());
        assertEquals("c;d", ((SExpr.StringLiteral) l.get(1)).value());
    }

    // ------------------------------------------------------------------ symbols

    @Test
    void plainSymbolsWithSpecialCharacters() {
        SExpr.SList l = (SExpr.SList) one("(bvadd x! a.b ~!@$%^&*_-+=<>.?/ - <= =>)");
        String[] expected = {"bvadd", "x!", "a.b", "~!@$%^&*_-+=<>.?/", "-", "<=", "=>"};
        assertEquals(expected.length, l.size());
        for (int i = 0; i < expected.length; i++) {
            SExpr.Symbol s = (SExpr.Symbol) l.get(i);
            assertEquals(expected[i], s.name());
            assertFalse(s.quoted());
        }
    }

    @Test
    void negativeLookingTokenIsASymbol() {
        SExpr.Symbol s = (SExpr.Symbol) one("-5");
        assertEquals("-5", s.name());
    }

    @Test
    void quotedSymbols() {
        SExpr.SList l = (SExpr.SList) one("(|hello world| |x| || |a(b)c| |line\nbreak| |#x00|)");
        String[] expected = {"hello world", "x", "", "a(b)c", "line\nbreak", "#x00"};
        assertEquals(expected.length, l.size());
        for (int i = 0; i < expected.length; i++) {
            SExpr.Symbol s = (SExpr.Symbol) l.get(i);
            assertEquals(expected[i], s.name());
            assertTrue(s.quoted(), expected[i]);
        }
        assertEquals("|hello world|", l.get(0).toString());
    }

    @Test
    void quotedSymbolIsDistinctFromPlainInQuotedFlagOnly() {
        SExpr.Symbol plain = (SExpr.Symbol) one("abc");
        SExpr.Symbol quoted = (SExpr.Symbol) one("|abc|");
        assertEquals(plain.name(), quoted.name());
        assertFalse(plain.quoted());
        assertTrue(quoted.quoted());
    }

    @Test
    void unterminatedQuotedSymbolReportsItsStart() {
        ParseException e = fails("(a\n  |never closed)\n");
        assertPos(2, 3, e);
        assertTrue(e.detail().contains("unterminated quoted symbol"), e.detail());
    }

    @Test
    void backslashInQuotedSymbolIsRefused() {
        ParseException e = fails("|ab\\c|");
        assertPos(1, 4, e);
    }

    // ------------------------------------------------------------------ strings

    @Test
    void stringLiteralsWithDoubledQuotes() {
        assertEquals("", ((SExpr.StringLiteral) one("\"\"")).value());
        assertEquals("plain", ((SExpr.StringLiteral) one("\"plain\"")).value());
        assertEquals("say \"hi\"", ((SExpr.StringLiteral) one("\"say \"\"hi\"\"\"")).value());
        assertEquals("\"", ((SExpr.StringLiteral) one("\"\"\"\"")).value());
        assertEquals("a\nb (c) |d|", ((SExpr.StringLiteral) one("\"a\nb (c) |d|\"")).value());
        // backslash has no special meaning in SMT-LIB 2.6 strings
        assertEquals("x\\ny", ((SExpr.StringLiteral) one("\"x\\ny\"")).value());
    }

    @Test
    void stringLiteralPrintsWithDoubledQuotes() {
        assertEquals("\"say \"\"hi\"\"\"", one("\"say \"\"hi\"\"\"").toString());
    }

    @Test
    void twoAdjacentStringsAreTwoLiterals() {
        // "a" "b" with a space is two strings; "a""b" is one string a"b
        SExpr.SList l = (SExpr.SList) one("(\"a\" \"b\" \"a\"\"b\")");
        assertEquals(3, l.size());
        assertEquals("a", ((SExpr.StringLiteral) l.get(0)).value());
        assertEquals("b", ((SExpr.StringLiteral) l.get(1)).value());
        assertEquals("a\"b", ((SExpr.StringLiteral) l.get(2)).value());
    }

    @Test
    void unterminatedStringReportsItsStart() {
        ParseException e = fails("(set-info :source\n   \"never \"\" closed)");
        assertPos(2, 4, e);
        assertTrue(e.detail().contains("unterminated string"), e.detail());
    }

    // ------------------------------------------------------------------ bit-vector literals

    private static SExpr.BitVecLiteral bv(String text) {
        return (SExpr.BitVecLiteral) one(text);
    }

    @Test
    void hexLiteralsHaveFourBitsPerDigit() {
        SExpr.BitVecLiteral a = bv("#x1F");
        assertEquals(BigInteger.valueOf(31), a.value());
        assertEquals(8, a.width());
        assertTrue(a.hex());

        SExpr.BitVecLiteral b = bv("#x0");
        assertEquals(BigInteger.ZERO, b.value());
        assertEquals(4, b.width());

        SExpr.BitVecLiteral c = bv("#x0000");
        assertEquals(BigInteger.ZERO, c.value());
        assertEquals(16, c.width());

        SExpr.BitVecLiteral d = bv("#xffFFffFF");
        assertEquals(BigInteger.valueOf(4294967295L), d.value());
        assertEquals(32, d.width());
    }

    @Test
    void hexLiteralsWiderThan64Bits() {
        SExpr.BitVecLiteral a = bv("#xffffffffffffffffffffffffffffffff");
        assertEquals(new BigInteger("340282366920938463463374607431768211455"), a.value());
        assertEquals(128, a.width());

        SExpr.BitVecLiteral b = bv("#x10000000000000000");
        assertEquals(new BigInteger("18446744073709551616"), b.value());
        assertEquals(68, b.width());
    }

    @Test
    void binaryLiteralsHaveOneBitPerDigit() {
        SExpr.BitVecLiteral a = bv("#b1");
        assertEquals(BigInteger.ONE, a.value());
        assertEquals(1, a.width());
        assertFalse(a.hex());

        SExpr.BitVecLiteral b = bv("#b0");
        assertEquals(BigInteger.ZERO, b.value());
        assertEquals(1, b.width());

        SExpr.BitVecLiteral c = bv("#b00101");
        assertEquals(BigInteger.valueOf(5), c.value());
        assertEquals(5, c.width());

        SExpr.BitVecLiteral d = bv("#b1" + "0".repeat(64));
        assertEquals(new BigInteger("18446744073709551616"), d.value());
        assertEquals(65, d.width());
    }

    @Test
    void bitVecLiteralsPrintWithLeadingZeros() {
        assertEquals("#x001f", bv("#x001F").toString());
        assertEquals("#b00101", bv("#b00101").toString());
    }

    @Test
    void badBitVecLiterals() {
        for (String bad : new String[] {"#xZZ", "#x", "#b", "#b012", "#o17", "#", "#x1G"}) {
            ParseException e = fails("(a\n  " + bad + ")");
            assertPos(2, 3, e);
            assertTrue(e.detail().contains("bad bit-vector literal"), bad + ": " + e.detail());
        }
    }

    // ------------------------------------------------------------------ numerals

    @Test
    void numerals() {
        assertEquals(BigInteger.ZERO, ((SExpr.Numeral) one("0")).value());
        assertEquals(BigInteger.valueOf(42), ((SExpr.Numeral) one("42")).value());
        assertEquals(new BigInteger("9223372036854775808"), ((SExpr.Numeral) one("9223372036854775808")).value());
        assertEquals(new BigInteger("123456789012345678901234567890123456789"),
                ((SExpr.Numeral) one("123456789012345678901234567890123456789")).value());
    }

    @Test
    void numeralDirectlyBeforeAParenthesis() {
        SExpr.SList l = (SExpr.SList) one("(f 10)");
        assertEquals(BigInteger.TEN, ((SExpr.Numeral) l.get(1)).value());
    }

    @Test
    void numeralsWithLeadingZerosAreRefused() {
        ParseException e = fails("(x 007)");
        assertPos(1, 4, e);
        assertTrue(e.detail().contains("007"), e.detail());
        fails("00");
    }

    @Test
    void decimals() {
        assertEquals("1.5", ((SExpr.Decimal) one("1.5")).text());
        assertEquals("0.0", ((SExpr.Decimal) one("0.0")).text());
        fails("1.");
        fails("1.2.3");
    }

    @Test
    void symbolStartingWithADigitIsRefused() {
        ParseException e = fails("(a 12ab)");
        assertPos(1, 4, e);
    }

    // ------------------------------------------------------------------ keywords

    @Test
    void keywords() {
        SExpr.SList l = (SExpr.SList) one("(set-info :source |x|) ");
        SExpr.Keyword k = (SExpr.Keyword) l.get(1);
        assertEquals(":source", k.name());
        assertPos(1, 11, k);
        assertEquals(":grammar", ((SExpr.Keyword) one(":grammar")).name());
        assertEquals(":sygus-version", ((SExpr.Keyword) one(":sygus-version")).name());
    }

    // ------------------------------------------------------------------ positions

    @Test
    void everyTokenHasItsOwnLineAndColumn() {
        String text = "; comment line\n"
                + "(set-logic LIA)\n"
                + "  (f  |a b|\t\"s\" #x0F\n"
                + "      42 :kw\n"
                + "(g))";
        List<SExpr> all = read(text);
        assertEquals(2, all.size());
        SExpr.SList first = (SExpr.SList) all.get(0);
        assertPos(2, 1, first);
        assertPos(2, 2, first.get(0));
        assertPos(2, 12, first.get(1));
        SExpr.SList second = (SExpr.SList) all.get(1);
        assertPos(3, 3, second);
        assertPos(3, 4, second.get(0)); // f
        assertPos(3, 7, second.get(1)); // |a b|
        assertPos(3, 13, second.get(2)); // "s" (the tab counts as one column)
        assertPos(3, 17, second.get(3)); // #x0F
        assertPos(4, 7, second.get(4)); // 42
        assertPos(4, 10, second.get(5)); // :kw
        assertPos(5, 1, second.get(6)); // (g)
        assertPos(5, 2, ((SExpr.SList) second.get(6)).get(0)); // g
    }

    @Test
    void positionsAfterMultiLineStringsAndQuotedSymbols() {
        SExpr.SList l = (SExpr.SList) one("(\"a\nbc\" x |p\nq| y)");
        assertPos(1, 2, l.get(0));
        assertPos(2, 5, l.get(1));
        assertPos(2, 7, l.get(2));
        assertPos(3, 4, l.get(3));
    }

    @Test
    void windowsLineEndings() {
        List<SExpr> all = read("(a)\r\n(b\r\n c)");
        assertPos(1, 1, all.get(0));
        assertPos(2, 1, all.get(1));
        assertPos(3, 2, ((SExpr.SList) all.get(1)).get(1));
    }

    @Test
    void unclosedParenthesisReportsThatParenthesis() {
        ParseException e = fails("(set-logic LIA)\n(constraint (= x\n   1)\n(check-synth)\n");
        // (check-synth) is read as part of the constraint; the constraint's '(' is the one never closed
        assertPos(2, 1, e);
        assertTrue(e.detail().contains("unbalanced parenthesis"), e.detail());
        assertTrue(e.detail().contains("never closed"), e.detail());
    }

    @Test
    void unclosedInnerParenthesisReportsTheInnermostOpenOne() {
        ParseException e = fails("(a (b) (c\n  (d e) f");
        assertPos(1, 8, e);
    }

    @Test
    void unclosedParenthesisAtEndOfInputAfterComment() {
        ParseException e = fails("(a b ; comment)\n");
        assertPos(1, 1, e);
    }

    @Test
    void strayClosingParenthesisReportsItself() {
        ParseException e = fails("(set-logic LIA)\n(constraint (= x 1)))\n(check-synth)\n");
        assertPos(2, 21, e);
        assertTrue(e.detail().contains("unbalanced parenthesis"), e.detail());
        assertTrue(e.detail().contains("')'"), e.detail());
    }

    @Test
    void strayClosingParenthesisAtTheStart() {
        ParseException e = fails("  \n  )");
        assertPos(2, 3, e);
    }

    @Test
    void unexpectedCharacterIsReportedAtThatCharacter() {
        ParseException e = fails("(ab,cd)");
        assertPos(1, 4, e);
        assertTrue(e.detail().contains("','"), e.detail());
        ParseException e2 = fails("(x\n   y\u0001)");
        assertPos(2, 5, e2);
        assertTrue(e2.detail().contains("U+0001"), e2.detail());
    }

    @Test
    void badCharacterInAKeywordIsRefused() {
        ParseException e = fails("(set-info :a,b 1)");
        assertPos(1, 13, e);
    }

    @Test
    void readSingle() throws ParseException {
        assertEquals("x", ((SExpr.Symbol) SExprReader.readSingle(" x ")).name());
        ParseException none = assertThrows(ParseException.class, () -> SExprReader.readSingle("; nothing"));
        assertPos(1, 1, none);
        ParseException two = assertThrows(ParseException.class, () -> SExprReader.readSingle("(a)\n (b)"));
        assertPos(2, 2, two);
    }

    // ------------------------------------------------------------------ deep nesting

    private static final int DEEP = 100_000;

    @Test
    void deepNestingDoesNotOverflowTheStack() {
        String text = "(".repeat(DEEP) + "x" + ")".repeat(DEEP);
        SExpr e = one(text);
        int depth = 0;
        while (e instanceof SExpr.SList l) {
            assertEquals(1, l.size());
            assertEquals(new Position(1, depth + 1), l.pos());
            depth++;
            e = l.get(0);
        }
        assertEquals(DEEP, depth);
        assertEquals("x", ((SExpr.Symbol) e).name());
        assertPos(1, DEEP + 1, e);
    }

    @Test
    void deepUnclosedNestingReportsTheInnermostParenthesis() {
        ParseException e = fails("(".repeat(DEEP) + "x" + ")".repeat(DEEP - 1));
        assertPos(1, 1, e);
        ParseException inner = fails("(".repeat(DEEP) + "x");
        assertPos(1, DEEP, inner);
    }

    @Test
    void deepStrayParenthesis() {
        ParseException e = fails("(".repeat(DEEP) + ")".repeat(DEEP + 1));
        assertPos(1, 2 * DEEP + 1, e);
    }
}
