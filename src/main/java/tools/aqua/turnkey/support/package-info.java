/**
 * Our stand-in for the z3-turnkey artifact's native loader (the {@code turnkey-support} artifact is excluded in the
 * pom): Z3's bindings call {@link tools.aqua.turnkey.support.TurnKey#load}, which loads the libraries in place.
 */
package tools.aqua.turnkey.support;
