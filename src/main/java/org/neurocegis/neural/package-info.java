/**
 * Proposers: what each production of a grammar costs for a given problem and examples, uniformly or from the
 * learned model run with ONNX Runtime. The search asks through {@link org.neurocegis.search.Proposer} only.
 */
package org.neurocegis.neural;
