package org.neurocegis.term;

/** A term that is not well sorted: an operator applied to arguments of the wrong sort or number. */
public class SortException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public SortException(String message) {
        super(message);
    }
}
