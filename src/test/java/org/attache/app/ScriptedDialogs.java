package org.attache.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Stage;
import org.attache.app.common.FileDialogs;

/** File choosers that answer from lists the test fills, first answer first; an empty list is "cancelled". */
final class ScriptedDialogs implements FileDialogs {
    private final List<Path> opens;
    private final List<Path> saves;
    private final List<Path> folders;

    ScriptedDialogs(List<Path> opens, List<Path> saves, List<Path> folders) {
        this.opens = opens;
        this.saves = saves;
        this.folders = folders;
    }

    /** One list answers every kind of chooser, in the order they are asked. */
    static ScriptedDialogs sharing(List<Path> answers) {
        return new ScriptedDialogs(answers, answers, answers);
    }

    /** The app with these choosers instead of the system's. */
    AttacheApp app() {
        FileDialogs dialogs = this;
        return new AttacheApp() {
            @Override
            protected FileDialogs fileDialogs(Stage stage) {
                return dialogs;
            }
        };
    }

    private static Optional<Path> next(List<Path> answers) {
        return answers.isEmpty() ? Optional.empty() : Optional.of(answers.remove(0));
    }

    @Override
    public Optional<Path> open(String title, String description, String pattern) {
        return next(opens);
    }

    @Override
    public Optional<Path> save(String title, String initialName, String description, String pattern) {
        return next(saves);
    }

    @Override
    public Optional<Path> folder(String title) {
        return next(folders);
    }
}
