package org.neurocegis.sexpr;

/** Bad input at a known position. Every stage up to sort checking reports its errors with this. */
public class ParseException extends Exception {
    private static final long serialVersionUID = 1L;
    private final Position position;
    private final String detail;

    public ParseException(Position position, String detail) {
        super(position + ": " + detail);
        this.position = position;
        this.detail = detail;
    }

    public Position position() {
        return position;
    }

    /** The message without the position. */
    public String detail() {
        return detail;
    }
}
