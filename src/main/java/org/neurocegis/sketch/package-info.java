/**
 * Sketches: partial programs whose holes are filled by Z3 (a symbolic CEGIS over the holes' choices and constants),
 * in standard SyGuS-IF (a one-production start symbol) or in the {@code (?? S)} notation, which desugars to it.
 */
package org.neurocegis.sketch;
