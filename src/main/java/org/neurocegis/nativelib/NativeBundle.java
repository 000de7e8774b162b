package org.neurocegis.nativelib;

import java.util.List;

/**
 * A runtime's native libraries for one platform, as its Maven artifact carries them.
 *
 * @param name      a short name for folders and stamps ("z3", "onnxruntime")
 * @param owner     a class of the artifact: its class loader finds the resources (never initialised here)
 * @param directory the resource folder holding the libraries for this platform
 * @param files     the libraries to unpack, each loadable from the folder they are unpacked into
 */
public record NativeBundle(String name, Class<?> owner, String directory, List<String> files) {
    public NativeBundle {
        files = List.copyOf(files);
    }

    String resource(String file) {
        return directory + "/" + file;
    }
}
