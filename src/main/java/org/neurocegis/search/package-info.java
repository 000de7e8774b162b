/**
 * Search over a weighted grammar: bottom-up enumeration in increasing cost with observational equivalence on the
 * current examples, and divide-and-conquer unification of terms under learned decision trees.
 */
package org.neurocegis.search;
