package org.neurocegis.sygus;

/** {@code (inv-constraint inv pre trans post)}: the invariant holds initially, is inductive, and implies post. */
public record InvConstraint(String inv, String pre, String trans, String post) {}
