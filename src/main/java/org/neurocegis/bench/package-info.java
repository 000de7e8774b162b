/**
 * The benchmark runner: runs solvers (ours and cvc5) on tracks, one process per problem under limits, judges every
 * answer with the verifier, writes tables, CSV files and cactus plots; splits runs into shards (Slurm) and merges them.
 */
package org.neurocegis.bench;
