package org.neurocegis.neural;

import java.nio.file.Path;

import org.neurocegis.nativelib.NativeLibraries;
import org.neurocegis.nativelib.ProcessExit;

/**
 * Points ONNX Runtime at its native libraries in {@code native/} or the per-user cache
 * ({@code onnxruntime.native.path}), instead of its default of copying 21 MB into a fresh temporary folder on every
 * run (which a killed run leaves behind). Where no folder can be had, ONNX Runtime's own loading is left as it is.
 */
final class OnnxRuntimeLibraries {
    private static final String PROPERTY = "onnxruntime.native.path";

    private OnnxRuntimeLibraries() {}

    /** Call before ONNX Runtime's first use. */
    static synchronized void prepare() {
        // ONNX Runtime registers hooks of its own: one that closes its environment, and one that deletes the
        // temporary folder it makes while loading if it could not delete it then
        ProcessExit.hooksNeeded();
        if (System.getProperty(PROPERTY) != null) return;
        Path dir = NativeLibraries.folder(NativeLibraries.onnxRuntime(ai.onnxruntime.OrtEnvironment.class));
        if (dir != null) System.setProperty(PROPERTY, dir.toString());
    }
}
