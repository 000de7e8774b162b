/**
 * Invariant synthesis for {@code synth-inv}: the transition system behind the inv-constraints, Z3's CHC engine
 * (Spacer) as a lane, and bounded model checking that turns an unsafe system into a concrete, replayable trace.
 */
package org.neurocegis.invariant;
