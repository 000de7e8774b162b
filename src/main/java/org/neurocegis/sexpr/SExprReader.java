package org.neurocegis.sexpr;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Reads SMT-LIB 2.6 / SyGuS-IF S-expressions: comments, |quoted| symbols, string literals with doubled quotes,
 * {@code #x}/{@code #b} literals, numerals of any size, keywords. Errors name the exact position.
 */
public final class SExprReader {
    private final String text;
    private int index;
    private int line = 1;
    private int column = 1;

    private SExprReader(String text) {
        this.text = text;
    }

    /** Reads every top-level expression of {@code text}. */
    public static List<SExpr> readAll(String text) throws ParseException {
        SExprReader reader = new SExprReader(text);
        List<SExpr> result = new ArrayList<>();
        while (true) {
            reader.skipSpaceAndComments();
            if (reader.atEnd()) return result;
            result.add(reader.readOne());
        }
    }

    /** Reads exactly one expression; anything after it is an error. */
    public static SExpr readSingle(String text) throws ParseException {
        List<SExpr> all = readAll(text);
        if (all.size() != 1) {
            Position p = all.isEmpty() ? new Position(1, 1) : all.get(1).pos();
            throw new ParseException(p, all.isEmpty() ? "expected an expression" : "expected a single expression");
        }
        return all.get(0);
    }

    private boolean atEnd() {
        return index >= text.length();
    }

    private Position here() {
        return new Position(line, column);
    }

    private char advance() {
        char c = text.charAt(index++);
        if (c == '\n') {
            line++;
            column = 1;
        } else {
            column++;
        }
        return c;
    }

    private void skipSpaceAndComments() {
        while (!atEnd()) {
            char c = text.charAt(index);
            if (c == ';') {
                while (!atEnd() && text.charAt(index) != '\n') advance();
            } else if (Character.isWhitespace(c)) {
                advance();
            } else {
                return;
            }
        }
    }

    /** Reads one expression iteratively, so that deeply nested input cannot overflow the stack. */
    private SExpr readOne() throws ParseException {
        Deque<Position> openPositions = new ArrayDeque<>();
        Deque<List<SExpr>> open = new ArrayDeque<>();
        while (true) {
            skipSpaceAndComments();
            if (atEnd()) {
                if (open.isEmpty()) throw new ParseException(here(), "unexpected end of input");
                throw new ParseException(openPositions.peek(),
                        "unbalanced parenthesis: this '(' is never closed");
            }
            Position start = here();
            char c = text.charAt(index);
            SExpr done;
            if (c == '(') {
                advance();
                open.push(new ArrayList<>());
                openPositions.push(start);
                continue;
            } else if (c == ')') {
                if (open.isEmpty()) throw new ParseException(start, "unbalanced parenthesis: unexpected ')'");
                advance();
                done = new SExpr.SList(open.pop(), openPositions.pop());
            } else {
                done = readAtom(start);
            }
            if (open.isEmpty()) return done;
            open.peek().add(done);
        }
    }

    private SExpr readAtom(Position start) throws ParseException {
        char c = text.charAt(index);
        if (c == '|') return readQuotedSymbol(start);
        if (c == '"') return readString(start);
        if (c == '#') return readBitVec(start);
        String token = readToken();
        if (token.isEmpty()) {
            throw new ParseException(start, "unexpected character " + describe(c));
        }
        if (token.charAt(0) == ':') {
            checkSymbolChars(token, 1, start, "keyword");
            return new SExpr.Keyword(token, start);
        }
        if (Character.isDigit(token.charAt(0))) return readNumber(token, start);
        checkSymbolChars(token, 0, start, "symbol");
        return new SExpr.Symbol(token, false, start);
    }

    /** Refuses a character that cannot be part of a symbol, at that character's own position (tokens have no line breaks). */
    private static void checkSymbolChars(String token, int from, Position start, String what) throws ParseException {
        for (int i = from; i < token.length(); i++) {
            if (!isSymbolChar(token.charAt(i))) {
                throw new ParseException(new Position(start.line(), start.column() + i),
                        "unexpected character " + describe(token.charAt(i)) + " in " + what);
            }
        }
    }

    private static SExpr readNumber(String token, Position start) throws ParseException {
        if (token.matches("0|[1-9][0-9]*")) return new SExpr.Numeral(new BigInteger(token), start);
        if (token.matches("(0|[1-9][0-9]*)\\.[0-9]+")) return new SExpr.Decimal(token, start);
        throw new ParseException(start, "bad numeral '" + token + "'");
    }

    private String readToken() {
        int begin = index;
        while (!atEnd()) {
            char c = text.charAt(index);
            if (Character.isWhitespace(c) || c == '(' || c == ')' || c == ';' || c == '"' || c == '|') break;
            advance();
        }
        return text.substring(begin, index);
    }

    private SExpr readQuotedSymbol(Position start) throws ParseException {
        advance();
        int begin = index;
        while (!atEnd() && text.charAt(index) != '|') {
            if (text.charAt(index) == '\\') throw new ParseException(here(), "'\\' is not allowed in a quoted symbol");
            advance();
        }
        if (atEnd()) throw new ParseException(start, "unterminated quoted symbol");
        String name = text.substring(begin, index);
        advance();
        return new SExpr.Symbol(name, true, start);
    }

    private SExpr readString(Position start) throws ParseException {
        advance();
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (atEnd()) throw new ParseException(start, "unterminated string literal");
            char c = advance();
            if (c == '"') {
                if (!atEnd() && text.charAt(index) == '"') {
                    advance();
                    sb.append('"');
                } else {
                    return new SExpr.StringLiteral(sb.toString(), start);
                }
            } else {
                sb.append(c);
            }
        }
    }

    private SExpr readBitVec(Position start) throws ParseException {
        String token = readToken();
        if (token.length() > 2 && token.charAt(1) == 'x' && token.substring(2).matches("[0-9a-fA-F]+")) {
            String digits = token.substring(2);
            return new SExpr.BitVecLiteral(new BigInteger(digits, 16), 4 * digits.length(), true, start);
        }
        if (token.length() > 2 && token.charAt(1) == 'b' && token.substring(2).matches("[01]+")) {
            String digits = token.substring(2);
            return new SExpr.BitVecLiteral(new BigInteger(digits, 2), digits.length(), false, start);
        }
        throw new ParseException(start, "bad bit-vector literal '" + token + "': expected #x followed by hex digits or #b followed by binary digits");
    }

    static boolean isSymbolChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || "~!@$%^&*_-+=<>.?/'".indexOf(c) >= 0;
    }

    private static String describe(char c) {
        if (c < 32 || c > 126) return String.format("U+%04X", (int) c);
        return "'" + c + "'";
    }
}
