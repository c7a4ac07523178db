package org.attache.app.pack;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.attache.app.common.FileDialogs;
import org.attache.app.common.Notices;
import org.attache.app.common.UiText;
import org.attache.core.pack.Output;
import org.attache.core.pack.Pack;
import org.controlsfx.control.Notifications;
import org.controlsfx.control.action.Action;

/** The File menu's pack commands: choosers and dialogs around the builder's open, save, export and print. */
public final class PackCommands {
    private final PackBuilderViewModel model;
    private final FileDialogs dialogs;
    private final Stage stage;
    private final Consumer<Path> openFolder;

    public PackCommands(PackBuilderViewModel model, FileDialogs dialogs, Stage stage, Consumer<Path> openFolder) {
        this.model = model;
        this.dialogs = dialogs;
        this.stage = stage;
        this.openFolder = openFolder;
        model.setOnFailure(this::failed);
    }

    private void failed(String title, String text) {
        Alert alert = new Alert(Alert.AlertType.ERROR, text);
        alert.initOwner(stage);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setId("failureDialog");
        alert.show();
    }

    public Optional<Path> open() {
        Optional<Path> file = dialogs.open(UiText.get("pack.command.open.title"),
                UiText.get("pack.command.packFiles", Pack.FILE_SUFFIX), "*" + Pack.FILE_SUFFIX);
        file.ifPresent(model::openPack);
        return file;
    }

    public void save() {
        Path file = model.packFileProperty().get();
        if (file == null) saveAs();
        else model.savePack(file, () -> { });
    }

    public void saveAs() {
        dialogs.save(UiText.get("pack.command.save.title"), model.suggestedName() + Pack.FILE_SUFFIX,
                UiText.get("pack.command.packFiles", Pack.FILE_SUFFIX), "*" + Pack.FILE_SUFFIX)
                .ifPresent(f -> model.savePack(withSuffix(f, Pack.FILE_SUFFIX), () -> { }));
    }

    /** Saves and waits, for the question asked before closing; false when the user cancelled the chooser. */
    public boolean saveNow() {
        Path file = model.packFileProperty().get();
        if (file == null) {
            Optional<Path> chosen = dialogs.save(UiText.get("pack.command.save.title"),
                    model.suggestedName() + Pack.FILE_SUFFIX, UiText.get("pack.command.packFiles", Pack.FILE_SUFFIX),
                    "*" + Pack.FILE_SUFFIX);
            if (chosen.isEmpty()) return false;
            file = withSuffix(chosen.get(), Pack.FILE_SUFFIX);
        }
        model.savePackAndWait(file);
        return !model.dirtyProperty().get();
    }

    public void export() {
        if (model.handOut().forSeveral()) {
            dialogs.folder(UiText.get("pack.command.exportCopies.title"))
                    .ifPresent(f -> model.exportCopies(f, Output.FULL, this::exported));
            return;
        }
        dialogs.save(UiText.get("pack.command.export.title"), model.suggestedName() + ".pdf",
                UiText.get("pack.command.pdfFiles"), "*.pdf")
                .ifPresent(f -> model.exportPdf(withSuffix(f, ".pdf"), this::exported));
    }

    /** The same pack as a one-page pocket card. */
    public void exportCard() {
        dialogs.save(UiText.get("pack.command.exportCard.title"), model.suggestedName() + "-card.pdf",
                UiText.get("pack.command.pdfFiles"), "*.pdf")
                .ifPresent(f -> model.exportPdf(withSuffix(f, ".pdf"), Output.CARD, this::exported));
    }

    /** The same pack as a leave-behind for the counterpart: public asks and facts only. */
    public void exportLeaveBehind() {
        dialogs.save(UiText.get("pack.command.exportLeaveBehind.title"), model.suggestedName() + "-leave-behind.pdf",
                UiText.get("pack.command.pdfFiles"), "*.pdf")
                .ifPresent(f -> model.exportPdf(withSuffix(f, ".pdf"), Output.LEAVE_BEHIND, this::exported));
    }

    private void exported(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        Notices.show(Notifications.create()
                .title(UiText.get("pack.command.exported.title"))
                .text(UiText.get("pack.command.exported.text", file.getFileName()))
                .action(new Action(UiText.get("pack.command.openFolder"), e -> openFolder.accept(folder))), stage);
    }

    public void print() {
        String reason = PackPrinter.unavailableReason();
        if (reason != null) {
            Alert alert = new Alert(Alert.AlertType.INFORMATION, reason);
            alert.initOwner(stage);
            alert.setHeaderText(UiText.get("pack.command.print.unavailable"));
            alert.showAndWait();
            return;
        }
        Pack pack = model.pack();
        String job = model.suggestedName();
        var render = model.renderNow();
        CompletableFuture.runAsync(() -> {
            try {
                PackPrinter.print(render.call(), pack.paper(), job);
            } catch (Exception e) {
                Platform.runLater(() -> {
                    Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
                    alert.initOwner(stage);
                    alert.setHeaderText(UiText.get("pack.command.print.failed"));
                    alert.showAndWait();
                });
            }
        });
    }

    private static Path withSuffix(Path file, String suffix) {
        String name = file.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(suffix) ? file : file.resolveSibling(name + suffix);
    }
}
