package org.attache.app.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** File choosers of the platform, starting in the folder last used. */
public final class FxFileDialogs implements FileDialogs {
    private final Supplier<Window> owner;
    private File lastFolder;

    public FxFileDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> open(String title, String description, String pattern) {
        return remember(chooser(title, description, pattern).showOpenDialog(owner.get()));
    }

    @Override
    public Optional<Path> save(String title, String initialName, String description, String pattern) {
        FileChooser chooser = chooser(title, description, pattern);
        chooser.setInitialFileName(initialName);
        return remember(chooser.showSaveDialog(owner.get()));
    }

    @Override
    public Optional<Path> folder(String title) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        if (lastFolder != null && lastFolder.isDirectory()) chooser.setInitialDirectory(lastFolder);
        File folder = chooser.showDialog(owner.get());
        if (folder == null) return Optional.empty();
        lastFolder = folder;
        return Optional.of(folder.toPath());
    }

    private FileChooser chooser(String title, String description, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
        if (lastFolder != null && lastFolder.isDirectory()) chooser.setInitialDirectory(lastFolder);
        return chooser;
    }

    private Optional<Path> remember(File file) {
        if (file == null) return Optional.empty();
        lastFolder = file.getParentFile();
        return Optional.of(file.toPath());
    }
}
