/**
 * The one counterexample-guided loop and the strategies that plug into it: points go to a strategy, its candidate to
 * Z3, and Z3's counterexample back to the points, until a proof, a checked certificate of infeasibility, or time out.
 */
package org.neurocegis.cegis;
