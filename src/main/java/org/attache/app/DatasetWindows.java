package org.attache.app;

import java.util.function.Supplier;
import javafx.stage.Stage;
import org.attache.app.common.FileDialogs;
import org.attache.app.common.TaskRunner;
import org.attache.app.common.UiText;
import org.attache.app.compare.ComparisonView;
import org.attache.app.compare.ComparisonViewModel;
import org.attache.app.home.HomeViewModel;
import org.attache.app.trust.TrustedKeysView;
import org.attache.app.trust.TrustedKeysViewModel;
import org.attache.core.export.DatasetFile;
import org.attache.core.sign.TrustedKeys;

/**
 * The windows the main window opens about the dataset, beside it: the comparison with another version (chosen, or
 * the one opened last) and the trusted signing keys.
 */
final class DatasetWindows {
    private final Stage owner;
    private final FileDialogs dialogs;
    private final TaskRunner tasks;
    private final Supplier<DatasetFile> open;
    private final Runnable checkSignatureAgain;

    /**
     * {@code open} is the dataset open now, with its unsaved edits (or null); {@code checkSignatureAgain} is run
     * after the trusted keys change.
     */
    DatasetWindows(Stage owner, FileDialogs dialogs, TaskRunner tasks, Supplier<DatasetFile> open,
                   Runnable checkSignatureAgain) {
        this.owner = owner;
        this.dialogs = dialogs;
        this.tasks = tasks;
        this.open = open;
        this.checkSignatureAgain = checkSignatureAgain;
    }

    /**
     * Compares the dataset open now with another version the user chooses, in a window of its own; the file is read
     * and compared in the background.
     */
    void compare() {
        DatasetFile now = open.get();
        if (now == null) return;
        dialogs.open(UiText.get("main.compare.title"), UiText.get("main.openDataset.filter"), "*.json").ifPresent(file -> {
            ComparisonViewModel model = new ComparisonViewModel(tasks, now);
            new ComparisonView(model).show(owner, AttacheApp.STYLESHEET_URL.get());
            model.compareWith(file);
        });
    }

    /** Shows, in the comparison window, what changed from the version of the open file opened last to this one. */
    void showChanges(HomeViewModel.Changes changes) {
        ComparisonViewModel model = new ComparisonViewModel(tasks, changes.newer());
        new ComparisonView(model).show(owner, AttacheApp.STYLESHEET_URL.get());
        model.showFrom(changes.olderName(), changes.report());
    }

    /** The signing keys Attaché believes; after a change, the open dataset's signature is checked again. */
    void trustedKeys() {
        TrustedKeysViewModel model = new TrustedKeysViewModel(TrustedKeys.standard(), checkSignatureAgain);
        new TrustedKeysView(model, dialogs).show(owner, AttacheApp.STYLESHEET_URL.get());
    }
}
