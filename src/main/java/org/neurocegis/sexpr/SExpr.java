package org.neurocegis.sexpr;

import java.math.BigInteger;
import java.util.List;

/** An S-expression with the position of its first character. */
public sealed interface SExpr {
    Position pos();

    /** A plain or |quoted| symbol; {@code quoted} keeps how it was written so that printing round-trips. */
    record Symbol(String name, boolean quoted, Position pos) implements SExpr {
        @Override public String toString() { return quoted ? "|" + name + "|" : name; }
    }

    /** A keyword such as {@code :grammar}; the name includes the colon. */
    record Keyword(String name, Position pos) implements SExpr {
        @Override public String toString() { return name; }
    }

    /** A non-negative decimal numeral of any size. */
    record Numeral(BigInteger value, Position pos) implements SExpr {
        @Override public String toString() { return value.toString(); }
    }

    /** A decimal such as 1.5, kept as text: no supported theory uses reals, the parser refuses them by name. */
    record Decimal(String text, Position pos) implements SExpr {
        @Override public String toString() { return text; }
    }

    /** A {@code #x} or {@code #b} literal: its value and its width in bits. */
    record BitVecLiteral(BigInteger value, int width, boolean hex, Position pos) implements SExpr {
        @Override public String toString() {
            if (hex) {
                String digits = value.toString(16);
                return "#x" + "0".repeat(width / 4 - digits.length()) + digits;
            }
            String digits = value.toString(2);
            return "#b" + "0".repeat(width - digits.length()) + digits;
        }
    }

    /** A string literal, unescaped. */
    record StringLiteral(String value, Position pos) implements SExpr {
        @Override public String toString() { return "\"" + value.replace("\"", "\"\"") + "\""; }
    }

    record SList(List<SExpr> items, Position pos) implements SExpr {
        public SList {
            items = List.copyOf(items);
        }

        public int size() { return items.size(); }

        public SExpr get(int i) { return items.get(i); }

        /** The head symbol's name, or null when the list is empty or starts with something else. */
        public String head() {
            return !items.isEmpty() && items.get(0) instanceof Symbol s ? s.name() : null;
        }

        @Override public String toString() {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) sb.append(' ');
                sb.append(items.get(i));
            }
            return sb.append(')').toString();
        }
    }
}
