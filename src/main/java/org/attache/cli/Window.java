package org.attache.cli;

import java.nio.file.Path;
import java.util.List;

/** The desktop app, as the command line starts it when asked: with no file, or with a dataset and a pack to open. */
@FunctionalInterface
public interface Window {
    /** Shows the window until it is closed; the exit code of the run, or {@link Cli#FAILED} when it cannot be shown. */
    int open(List<Path> files);
}
