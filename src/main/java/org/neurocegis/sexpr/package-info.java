/**
 * Reads SMT-LIB/SyGuS-IF text into S-expressions that remember the line and column of every token.
 * The first stage of the pipeline: it knows nothing of sorts, terms or commands.
 */
package org.neurocegis.sexpr;
