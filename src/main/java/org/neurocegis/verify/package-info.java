/**
 * Z3 as the judge: proves candidates against the whole specification or returns a counterexample naming the broken
 * constraint, and independently re-checks printed solutions and infeasibility certificates.
 */
package org.neurocegis.verify;
