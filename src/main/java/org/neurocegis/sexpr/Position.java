package org.neurocegis.sexpr;

/** A 1-based line and column in the input text. */
public record Position(int line, int column) {
    public static final Position UNKNOWN = new Position(0, 0);

    /** The line and column of character {@code index} of {@code text}. */
    public static Position of(String text, int index) {
        int line = 1, col = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return new Position(line, col);
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
