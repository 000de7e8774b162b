/**
 * The native side: Z3's and ONNX Runtime's native libraries, unpacked once (at build time into {@code native/}, or
 * into a per-user cache) and loaded in place, so that no run writes them anywhere and a killed run leaves nothing;
 * and the process's exit, which skips the JDK's exit logging where no shutdown hook has work to do.
 */
package org.neurocegis.nativelib;
