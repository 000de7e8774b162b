/**
 * The counterexample-guided loop: examples from counterexamples, a search for a candidate that fits them, and Z3's
 * verdict on it, until a candidate is proved, the grammar is exhausted, or time runs out.
 */
package org.neurocegis.cegis;
