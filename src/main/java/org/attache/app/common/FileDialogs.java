package org.attache.app.common;

import java.nio.file.Path;
import java.util.Optional;

/** Asks the user for a file; the app uses native choosers, tests answer with a path of their own. */
public interface FileDialogs {
    /** {@code pattern} is a glob such as "*.json"; {@code description} names it for people. */
    Optional<Path> open(String title, String description, String pattern);

    Optional<Path> save(String title, String initialName, String description, String pattern);

    Optional<Path> folder(String title);
}
