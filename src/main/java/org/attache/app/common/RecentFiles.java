package org.attache.app.common;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Files opened or saved lately, newest first, at most {@code max}, kept across runs in the settings. */
public final class RecentFiles {
    private final Settings settings;
    private final String key;
    private final int max;
    private final ObservableList<Path> files = FXCollections.observableArrayList();

    public RecentFiles(Settings settings, String key, int max) {
        this.settings = settings;
        this.key = key;
        this.max = max;
        for (String s : settings.getList(key)) {
            try {
                files.add(Path.of(s));
            } catch (InvalidPathException e) {
                // a path that is no path on this machine is left out
            }
        }
    }

    public ObservableList<Path> list() {
        return files;
    }

    /** Puts the file first (once), drops the oldest beyond the most kept, and keeps the list in the settings. */
    public Path remember(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        files.remove(absolute);
        files.add(0, absolute);
        while (files.size() > max) files.remove(files.size() - 1);
        settings.putList(key, files.stream().map(Path::toString).toList(), max);
        return absolute;
    }
}
