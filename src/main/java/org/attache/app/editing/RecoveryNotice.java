package org.attache.app.editing;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import org.attache.app.common.AppLog;
import org.attache.app.common.UiText;
import org.attache.app.pack.PackBuilderViewModel;
import org.attache.app.summary.SummaryViewModel;
import org.attache.core.edit.Recovery;

/**
 * The notice at the top of the window that offers back the work a session left unsaved (a crash, a kill), saying
 * what it holds: Restore puts it back (opening its dataset first when another is open), Discard forgets it.
 */
public final class RecoveryNotice {
    private final Recovery recovery;
    private final DatasetEditingViewModel editing;
    private final SummaryViewModel summary;
    private final PackBuilderViewModel builder;
    private final Runnable showBuilder;
    private Recovery.Snapshot pendingRestore;

    public RecoveryNotice(Recovery recovery, DatasetEditingViewModel editing, SummaryViewModel summary,
                          PackBuilderViewModel builder, Runnable showBuilder) {
        this.recovery = recovery;
        this.editing = editing;
        this.summary = summary;
        this.builder = builder;
        this.showBuilder = showBuilder;
    }

    /** Work a session left unsaved is offered back, with what it holds; nothing is restored without asking. */
    public Optional<HBox> offer(Recovery.Left work) {
        if (work == null) return Optional.empty();
        Recovery.Snapshot s = work.snapshot();
        String parts = null;
        if (s.dataset() != null) {
            parts = UiText.get("editing.recovery.datasetEdits", s.datasetFile() == null
                    ? UiText.get("editing.recovery.bundled") : s.datasetFile().getFileName().toString(), s.changes());
        }
        if (s.pack() != null) {
            String pack = s.packFile() == null ? UiText.get("editing.recovery.packFor", s.pack().country())
                    : UiText.get("editing.recovery.packFile", s.packFile().getFileName().toString());
            parts = parts == null ? pack : UiText.get("editing.recovery.join", parts, pack);
        }
        Label text = new Label(UiText.get("editing.recovery.text",
                UiText.dateTime(s.saved().atZone(ZoneId.systemDefault())), parts == null ? "" : parts));
        text.setWrapText(true);
        text.setId("recoveryText");
        Button restore = new Button(UiText.get("editing.recovery.restore"));
        restore.setId("recoveryRestore");
        Button discard = new Button(UiText.get("editing.recovery.discard"));
        discard.setId("recoveryDiscard");
        Pane gap = new Pane();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, text, gap, restore, discard);
        bar.setId("recoveryNotice");
        bar.getStyleClass().add("notice");
        bar.setAlignment(Pos.CENTER_LEFT);
        restore.setOnAction(e -> {
            restore(s);
            forget(work, bar);
        });
        discard.setOnAction(e -> forget(work, bar));
        return Optional.of(bar);
    }

    private void restore(Recovery.Snapshot s) {
        if (s.dataset() != null) {
            if (Objects.equals(s.datasetFile(), summary.file())) {
                editing.restore(s);
            } else {
                // the edits belong to another file (or to the bundled dataset): open it, then restore them over it
                pendingRestore = s;
                if (s.datasetFile() == null) summary.openBundled();
                else summary.open(s.datasetFile());
            }
        }
        if (s.pack() != null) {
            builder.restore(s.pack(), s.packFile());
            showBuilder.run();
        }
    }

    /** Called when a dataset file is opened: edits waiting for that file are put back over it. */
    public void datasetOpened(Path path) {
        Recovery.Snapshot s = pendingRestore;
        if (s != null && s.dataset() != null && Objects.equals(s.datasetFile(), path)) {
            pendingRestore = null;
            editing.restore(s);
        }
    }

    private void forget(Recovery.Left work, HBox bar) {
        if (bar.getParent() instanceof Pane parent) parent.getChildren().remove(bar);
        try {
            recovery.forget(work);
        } catch (IOException e) {
            // it will be offered again at the next start, which is the safe way to fail
            AppLog.logger(RecoveryNotice.class).warning("could not remove " + work.file() + ": " + e.getMessage());
        }
    }
}
