/**
 * Sorts, values and terms as immutable values, with the exact SMT-LIB semantics of every operator.
 * Every later stage (verifier, enumerator, printer) reads terms from here and never builds them otherwise.
 */
package org.neurocegis.term;
