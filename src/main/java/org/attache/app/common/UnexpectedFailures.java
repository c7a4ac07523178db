package org.attache.app.common;

import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.input.ClipboardContent;
import javafx.stage.Window;

/**
 * What the app does with a failure nobody caught: writes it to the log and says so in a calm dialog, with its
 * details one click away for whoever supports the app. One dialog at a time: a burst of failures is counted in it.
 */
public final class UnexpectedFailures {
    private static final Logger LOG = AppLog.logger(UnexpectedFailures.class);
    /** The button that copies the details; its text is set again as each dialog opens, in the language of the run. */
    public static final ButtonType COPY = new ButtonType(UiText.get("common.failure.copy"), ButtonBar.ButtonData.LEFT);

    private final Window owner;
    private Alert showing;
    private int more;

    private UnexpectedFailures(Window owner) {
        this.owner = owner;
    }

    /** Catches what no code caught, on every thread, from now on. */
    public static UnexpectedFailures install(Window owner) {
        UnexpectedFailures failures = new UnexpectedFailures(owner);
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> failures.report(thread, e));
        if (Platform.isFxApplicationThread()) Thread.currentThread().setUncaughtExceptionHandler(failures::report);
        return failures;
    }

    public void report(Thread thread, Throwable e) {
        LOG.log(Level.SEVERE, "unexpected failure on " + thread.getName(), e);
        if (Platform.isFxApplicationThread()) show(e);
        else Platform.runLater(() -> show(e));
    }

    private void show(Throwable e) {
        if (showing != null) {
            more++;
            showing.setHeaderText(UiText.get("common.failure.headerTimes", String.valueOf(more + 1)));
            return;
        }
        Path log = AppLog.file();
        Alert alert = new Alert(Alert.AlertType.ERROR, UiText.get("common.failure.text", String.valueOf(e),
                log == null ? "" : UiText.get("common.failure.logFile", log.toString())), COPY, ButtonType.OK);
        alert.setTitle(UiText.get("common.failure.title"));
        alert.setHeaderText(UiText.get("common.failure.header"));
        alert.getDialogPane().setId("unexpectedFailure");
        if (owner != null && owner.isShowing()) alert.initOwner(owner);
        Button copy = (Button) alert.getDialogPane().lookupButton(COPY);
        // COPY was made when the class was first used, which may be before the language of the run was set
        copy.setText(UiText.get("common.failure.copy"));
        copy.addEventFilter(ActionEvent.ACTION, click -> {
            ClipboardContent details = new ClipboardContent();
            details.putString(AppLog.details(e));
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(details);
            copy.setText(UiText.get("common.failure.copied"));
            click.consume();
        });
        alert.setOnHidden(h -> {
            showing = null;
            more = 0;
        });
        showing = alert;
        alert.show();
    }
}
