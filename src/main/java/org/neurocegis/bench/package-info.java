/**
 * The benchmark runner: runs solvers (ours and cvc5) on whole tracks, one process per problem under time and memory
 * limits, judges every printed answer with the verifier, and writes tables, CSV files and cactus plots.
 */
package org.neurocegis.bench;
