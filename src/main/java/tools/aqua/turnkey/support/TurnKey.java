package tools.aqua.turnkey.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Function;

import org.neurocegis.nativelib.NativeBundle;
import org.neurocegis.nativelib.NativeLibraries;

/**
 * Loads Z3's native libraries for {@code com.microsoft.z3.Native}, whose static initialiser calls {@link #load}. The
 * original copies 34 MB into a fresh temporary folder on every run (and a killed run leaves it behind); this one
 * loads them in place from {@code native/} or the per-user cache, and only where neither can be had unpacks them
 * into a temporary folder deleted at exit.
 */
public final class TurnKey {
    private TurnKey() {}

    /**
     * @param prefix    the artifact's resource folder ({@code com/microsoft/z3})
     * @param resources opens the artifact's resources (unused: the bundle is found through the class loader)
     */
    public static void load(String prefix, Function<String, InputStream> resources) {
        NativeBundle bundle;
        try {
            bundle = NativeLibraries.z3(Class.forName(prefix.replace('/', '.') + ".Native", false, TurnKey.class.getClassLoader()));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("no " + prefix + ".Native to load libraries for", e);
        }
        if (bundle == null) {
            throw new UnsatisfiedLinkError("Z3's native libraries are not bundled for " + System.getProperty("os.name")
                    + " on " + System.getProperty("os.arch"));
        }
        Path dir = NativeLibraries.folder(bundle);
        try {
            if (dir == null) dir = NativeLibraries.temporaryFolder(bundle);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack Z3's native libraries", e);
        }
        // libz3java finds libz3 beside it (its run path is $ORIGIN)
        System.load(dir.resolve("libz3java.so").toAbsolutePath().toString());
    }
}
