/**
 * Z3 as the judge: translates terms to Z3, proves candidate solutions against the whole specification or returns
 * a counterexample, and re-checks printed solutions from their text.
 */
package org.neurocegis.verify;
