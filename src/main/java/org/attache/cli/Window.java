package org.attache.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The desktop app, as the command line starts it when asked: with no file, or with a dataset and a pack to open. */
@FunctionalInterface
public interface Window {
    /** Shows the window until it is closed; the exit code of the run, or {@link Cli#FAILED} when it cannot be shown. */
    int open(List<Path> files);

    /** Whether a window can be shown: Windows and macOS always can; elsewhere an X or Wayland display must be named. */
    static boolean canShow(String os, Map<String, String> env) {
        String name = os.toLowerCase(Locale.ROOT);
        if (name.startsWith("windows") || name.startsWith("mac")) return true;
        return isSet(env.get("DISPLAY")) || isSet(env.get("WAYLAND_DISPLAY"));
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
